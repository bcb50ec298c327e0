package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.parity.identity.domain.Account;

/** What one member wrote in a thread: the Markdown as typed and the sanitised HTML shown. */
@Entity
@NamedQuery(
    name = "ForumPost.findPage",
    query =
        "select new org.parity.network.domain.PostOnPage(p.id, p.number, a.id, a.displayName,"
            + " a.profession,"
            + " p.html, p.markdown, p.createdAt, p.editedAt, p.hidden, p.helpfulCount,"
            + " p.withdrawn, p.clinicalReview, p.clinicalNote)"
            + " from ForumPost p join p.author a where p.thread = :thread and p.number"
            + " between :first and :last order by p.number")
@NamedQuery(
    name = "ForumPost.findByNumber",
    query = "select p from ForumPost p where p.thread = :thread and p.number = :number")
@NamedQuery(
    name = "ForumPost.countByAuthorSince",
    query = "select count(p) from ForumPost p where p.author = :author and p.createdAt >= :since")
public class ForumPost {

  public static final int LIMIT = 20_000;

  /** How long an author may still change what they wrote. */
  public static final Duration EDIT_WINDOW = Duration.ofMinutes(30);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_post_seq")
  @SequenceGenerator(name = "forum_post_seq", sequenceName = "forum_post_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private ForumThread thread;

  private int number;

  @ManyToOne(optional = false)
  private Account author;

  private String markdown;
  private String html;
  private Instant createdAt;
  private Instant editedAt;
  private boolean hidden;
  // Its author left and asked for what they wrote to go: the text is erased, the place kept.
  private boolean withdrawn;
  private int helpfulCount;

  @Enumerated(EnumType.STRING)
  private ClinicalStanding clinicalReview;

  private String clinicalNote;

  @Version private long version;

  protected ForumPost() {}

  ForumPost(
      ForumThread thread, int number, Account author, String markdown, String html, Instant now) {
    this.thread = thread;
    this.number = number;
    this.author = author;
    this.markdown = markdown;
    this.html = html;
    this.createdAt = now;
  }

  /**
   * The author's change within the edit window; answers what the post said before, for the history
   * facilitators read.
   */
  public PostRevision edit(Account editor, String markdown, String html, Instant now) {
    if (!isBy(editor)) {
      throw new NetworkException("Only the author edits a post.", "forum.error.notAuthor");
    }
    if (!withinEditWindow(createdAt, now)) {
      throw new NetworkException(
          "Posts can be edited for 30 minutes after they are written.", "forum.error.editClosed");
    }
    if (hidden) {
      throw new NetworkException("A hidden post cannot be edited.", "forum.error.hidden");
    }
    PostRevision before =
        new PostRevision(this, this.markdown, editedAt == null ? createdAt : editedAt, now);
    this.markdown = markdown;
    this.html = html;
    this.editedAt = now;
    return before;
  }

  public boolean editableBy(Account reader, Instant now) {
    return reader != null && isBy(reader) && !hidden && withinEditWindow(createdAt, now);
  }

  /** Whether a post written at {@code createdAt} may still be edited by its author. */
  public static boolean withinEditWindow(Instant createdAt, Instant now) {
    return !now.isAfter(createdAt.plus(EDIT_WINDOW));
  }

  public boolean isBy(Account account) {
    return account == author || (account.getId() != null && account.getId().equals(author.getId()));
  }

  public void hide() {
    hidden = true;
  }

  public void restore() {
    hidden = false;
  }

  /** A clinical-safety flag: shown as under review until a reviewer answers. */
  public void underClinicalReview() {
    clinicalReview = ClinicalStanding.UNDER_REVIEW;
    clinicalNote = null;
  }

  public void clinicallyReviewed(ClinicalStanding outcome, String note) {
    clinicalReview = outcome;
    clinicalNote = outcome == ClinicalStanding.CORRECTED ? note : null;
    if (outcome == ClinicalStanding.HIDDEN) {
      hide();
    }
  }

  public ClinicalStanding getClinicalReview() {
    return clinicalReview;
  }

  public void markedHelpful(boolean added) {
    helpfulCount = Math.max(0, helpfulCount + (added ? 1 : -1));
  }

  public ForumThread getThread() {
    return thread;
  }

  public Instant getEditedAt() {
    return editedAt;
  }

  public boolean isHidden() {
    return hidden;
  }

  public boolean isWithdrawn() {
    return withdrawn;
  }

  public int getHelpfulCount() {
    return helpfulCount;
  }

  public Long getId() {
    return id;
  }

  public int getNumber() {
    return number;
  }

  public Account getAuthor() {
    return author;
  }

  public String getMarkdown() {
    return markdown;
  }

  public String getHtml() {
    return html;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
