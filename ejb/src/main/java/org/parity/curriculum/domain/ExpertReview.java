package org.parity.curriculum.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parity.curriculum.domain.ReviewerKind.ChecklistItem;

/**
 * A clinical or lived-experience review of one module or curriculum version: who, when, what they
 * confirmed and what they said. It counts for the submission it was made on; when the version goes
 * back to its editors, its reviews are superseded and the next submission is reviewed afresh.
 */
@Entity
@NamedQuery(
    name = "ExpertReview.ofSubject",
    query =
        "select r from ExpertReview r where r.subjectType = :type and r.subjectId = :id"
            + " order by r.reviewedAt, r.id")
public class ExpertReview {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_review_seq")
  @SequenceGenerator(
      name = "expert_review_seq",
      sequenceName = "expert_review_seq",
      allocationSize = 50)
  private Long id;

  private String subjectType;
  private long subjectId;

  @Enumerated(EnumType.STRING)
  private ReviewerKind kind;

  private String reviewerEmail;

  @Convert(converter = LinesConverter.class)
  private List<String> checklist;

  private String comment;
  private Instant reviewedAt;
  private boolean superseded;

  protected ExpertReview() {}

  public ExpertReview(
      String subjectType,
      long subjectId,
      ReviewerKind kind,
      String reviewerEmail,
      Set<ChecklistItem> confirmed,
      String comment,
      Instant now) {
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.kind = kind;
    this.reviewerEmail = reviewerEmail;
    this.checklist = kind.checklist().stream().filter(confirmed::contains).map(Enum::name).toList();
    this.comment = comment;
    this.reviewedAt = now;
  }

  /** The version went back to its editors: this review no longer counts. */
  public void supersede() {
    superseded = true;
  }

  public boolean isCurrent() {
    return !superseded;
  }

  public Set<ChecklistItem> confirmed() {
    Set<ChecklistItem> items = EnumSet.noneOf(ChecklistItem.class);
    checklist.forEach(name -> items.add(ChecklistItem.valueOf(name)));
    return java.util.Collections.unmodifiableSet(items);
  }

  public Long getId() {
    return id;
  }

  public ReviewerKind getKind() {
    return kind;
  }

  public String getReviewerEmail() {
    return reviewerEmail;
  }

  public String getComment() {
    return comment;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }
}
