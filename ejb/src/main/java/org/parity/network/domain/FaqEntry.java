package org.parity.network.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.EmailAddress;
import org.parity.platform.InvalidInput;

/**
 * One of a network's questions often asked: a question a facilitator drew from a discussion, and
 * the posts that answer it, quoted and attributed to their authors.
 */
@Entity
@NamedQuery(
    name = "FaqEntry.ofNetwork",
    query = "select f from FaqEntry f where f.network = :network order by f.createdAt desc, f.id")
public class FaqEntry {

  public static final int QUESTION_LIMIT = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "faq_entry_seq")
  @SequenceGenerator(name = "faq_entry_seq", sequenceName = "faq_entry_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private LearningNetwork network;

  private String question;

  @ManyToOne private ForumThread thread;

  private String createdBy;
  private Instant createdAt;

  @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<FaqQuote> quotes = new ArrayList<>();

  protected FaqEntry() {}

  /** An entry answered by the given posts of the thread, in their order. */
  public FaqEntry(
      ForumThread thread, String question, List<ForumPost> answers, String by, Instant now) {
    if (question == null || question.isBlank() || question.strip().length() > QUESTION_LIMIT) {
      throw InvalidInput.of("question", "promote.questionRequired");
    }
    this.network = thread.getNetwork();
    this.thread = thread;
    this.question = question.strip();
    this.createdBy = EmailAddress.normalise(by);
    this.createdAt = now;
    int position = 0;
    for (ForumPost post : answers) {
      quotes.add(
          new FaqQuote(this, position++, post.getNumber(), post.getAuthor(), post.getMarkdown()));
    }
  }

  public Long getId() {
    return id;
  }

  public LearningNetwork getNetwork() {
    return network;
  }

  public String getQuestion() {
    return question;
  }

  public ForumThread getThread() {
    return thread;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<FaqQuote> getQuotes() {
    return List.copyOf(quotes);
  }

  /** Whose words it quotes, each once. */
  public List<Account> quotedAuthors() {
    return quotes.stream().map(FaqQuote::getAuthor).filter(a -> a != null).distinct().toList();
  }
}
