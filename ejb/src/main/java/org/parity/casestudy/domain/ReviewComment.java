package org.parity.casestudy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reviewer's note on one revision: a plain comment or the reason changes were asked for. */
@Entity
@Table(name = "case_study_comment")
@NamedQuery(
    name = "ReviewComment.findByStudy",
    query =
        "select c from ReviewComment c where c.revision.caseStudy = :study"
            + " order by c.createdAt desc, c.id desc")
public class ReviewComment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_study_comment_seq")
  @SequenceGenerator(
      name = "case_study_comment_seq",
      sequenceName = "case_study_comment_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "revision_id")
  private CaseStudyRevision revision;

  private String reviewerEmail;
  private String body;
  private boolean changesRequested;
  private Instant createdAt;

  protected ReviewComment() {}

  public ReviewComment(
      CaseStudyRevision revision,
      String reviewerEmail,
      String body,
      boolean changesRequested,
      Instant now) {
    this.revision = revision;
    this.reviewerEmail = reviewerEmail;
    this.body = body;
    this.changesRequested = changesRequested;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public CaseStudyRevision getRevision() {
    return revision;
  }

  public String getReviewerEmail() {
    return reviewerEmail;
  }

  public String getBody() {
    return body;
  }

  public boolean isChangesRequested() {
    return changesRequested;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
