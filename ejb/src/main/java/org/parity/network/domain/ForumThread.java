package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.parity.identity.domain.Account;

/**
 * A conversation in a network's forum. It numbers its posts itself (1, 2, 3 …) so that pages of 25
 * are found by number, however long the thread grows.
 */
@Entity
@NamedQuery(
    name = "ForumThread.findByNetwork",
    query =
        "select t from ForumThread t join fetch t.author join fetch t.category where t.network ="
            + " :network order by t.lastPostAt desc, t.id desc")
@NamedQuery(
    name = "ForumThread.countByNetwork",
    query = "select count(t) from ForumThread t where t.network = :network")
public class ForumThread {

  public static final int TITLE_LIMIT = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_thread_seq")
  @SequenceGenerator(
      name = "forum_thread_seq",
      sequenceName = "forum_thread_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private LearningNetwork network;

  @ManyToOne(optional = false)
  private ForumCategory category;

  private String title;

  @ManyToOne(optional = false)
  private Account author;

  private Instant createdAt;
  private Instant lastPostAt;
  private int postCount;

  @Version private long version;

  protected ForumThread() {}

  public ForumThread(ForumCategory category, String title, Account author, Instant now) {
    this.network = category.getNetwork();
    this.category = category;
    this.title = title;
    this.author = author;
    this.createdAt = now;
    this.lastPostAt = now;
  }

  /** The next post of this thread; the thread's version makes two replies at once queue up. */
  public ForumPost post(Account writer, String markdown, String html, Instant now) {
    postCount++;
    lastPostAt = now;
    network.touch(now);
    return new ForumPost(this, postCount, writer, markdown, html, now);
  }

  public Long getId() {
    return id;
  }

  public LearningNetwork getNetwork() {
    return network;
  }

  public ForumCategory getCategory() {
    return category;
  }

  public String getTitle() {
    return title;
  }

  public Account getAuthor() {
    return author;
  }

  public Instant getLastPostAt() {
    return lastPostAt;
  }

  public int getPostCount() {
    return postCount;
  }
}
