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
import java.time.Duration;
import java.time.Instant;
import org.parity.identity.domain.Account;

/**
 * A post's clinical review, opened by a flag for unsafe clinical advice or patient-identifiable
 * information: due within the network's set time, answered once by a clinical reviewer or
 * facilitator, who is not the post's author.
 */
@Entity
@NamedQuery(
    name = "ClinicalReview.findOpenByNetwork",
    query =
        "select r from ClinicalReview r join fetch r.post where r.post.thread.network = :network"
            + " and r.decidedAt is null order by r.dueAt, r.id")
@NamedQuery(
    name = "ClinicalReview.findOpenByPost",
    query = "select r from ClinicalReview r where r.post = :post and r.decidedAt is null")
@NamedQuery(
    name = "ClinicalReview.findDecidedByNetwork",
    query =
        "select r from ClinicalReview r join fetch r.post where r.post.thread.network = :network"
            + " and r.decidedAt is not null order by r.decidedAt desc, r.id desc")
public class ClinicalReview {

  public static final int NOTE_LIMIT = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clinical_review_seq")
  @SequenceGenerator(
      name = "clinical_review_seq",
      sequenceName = "clinical_review_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private ForumPost post;

  private Instant openedAt;
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  private ClinicalStanding outcome;

  private String note;

  @ManyToOne private Account decidedBy;

  private Instant decidedAt;

  protected ClinicalReview() {}

  /** Opens a review of the post, due {@code hours} from now; the post shows it is under review. */
  public static ClinicalReview open(ForumPost post, Instant now, int hours) {
    ClinicalReview review = new ClinicalReview();
    review.post = post;
    review.openedAt = now;
    review.dueAt = now.plus(Duration.ofHours(hours));
    post.underClinicalReview();
    return review;
  }

  /**
   * What is wrong with an answer as given, by field (outcome, note) and message key; empty when
   * nothing is.
   */
  public static java.util.Map<String, String> problems(ClinicalStanding answer, String text) {
    java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
    String written = text == null ? "" : text.strip();
    if (answer == null || !answer.isOutcome()) {
      problems.put("outcome", "clinical.outcome.required");
    }
    if (written.length() > NOTE_LIMIT) {
      problems.put("note", "clinical.note.long");
    } else if (answer == ClinicalStanding.CORRECTED && written.isEmpty()) {
      problems.put("note", "clinical.note.required");
    }
    return problems;
  }

  public boolean isOverdue(Instant now) {
    return decidedAt == null && now.isAfter(dueAt);
  }

  /**
   * The reviewer's answer: fine, corrected (the correction, required, is shown under the post) or
   * hidden. The post's author cannot review their own post, and a review is answered once.
   */
  public void decide(ClinicalStanding answer, String text, Account reviewer, Instant now) {
    if (decidedAt != null) {
      throw new NetworkException(
          "This post's clinical review has already been answered.", "clinical.error.decided");
    }
    if (post.isBy(reviewer)) {
      throw new NetworkException("Someone else reviews your own post.", "clinical.error.ownPost");
    }
    java.util.Map<String, String> problems = problems(answer, text);
    if (!problems.isEmpty()) {
      throw new NetworkException(
          "This answer is incomplete: " + problems.keySet(), problems.values().iterator().next());
    }
    String written = text == null || text.isBlank() ? null : text.strip();
    outcome = answer;
    note = written;
    decidedBy = reviewer;
    decidedAt = now;
    post.clinicallyReviewed(answer, written);
  }

  public Long getId() {
    return id;
  }

  public ForumPost getPost() {
    return post;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public ClinicalStanding getOutcome() {
    return outcome;
  }

  public String getNote() {
    return note;
  }

  public Account getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
