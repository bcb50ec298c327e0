package org.parity.curriculum.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** One step in a version's history: who did what, when, and their comment. */
@Entity
@NamedQuery(
    name = "ReviewEvent.findBySubject",
    query =
        "select e from ReviewEvent e where e.subjectType = :type and e.subjectId = :id order by e.occurredAt, e.id")
public class ReviewEvent {

  public enum Action {
    CREATED,
    SUBMITTED,
    RETURNED,
    PUBLISHED,
    RETIRED,
    IMPORTED,
    /** The first change a person makes to a draft (later ones are not recorded again). */
    EDITED,
    /** A publisher moved a published version's review-by date on, with the reason. */
    REVIEW_EXTENDED,
    /** A clinical reviewer the publisher invited reviewed it, checklist confirmed. */
    CLINICAL_REVIEW,
    /** A lived-experience reviewer the publisher invited reviewed it (the column holds 20). */
    LIVED_REVIEW;

    /** Whether this step makes the version the actor's own work, which they may not approve. */
    public boolean isAuthoring() {
      return this == CREATED || this == EDITED || this == SUBMITTED || this == IMPORTED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_event_seq")
  @SequenceGenerator(
      name = "review_event_seq",
      sequenceName = "review_event_seq",
      allocationSize = 50)
  private Long id;

  private String subjectType;
  private long subjectId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Action action;

  private String actor;
  private String comment;
  private Instant occurredAt;

  protected ReviewEvent() {}

  public ReviewEvent(
      String subjectType,
      long subjectId,
      Action action,
      String actor,
      String comment,
      Instant now) {
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.action = action;
    this.actor = actor;
    this.comment = comment;
    this.occurredAt = now;
  }

  public Action getAction() {
    return action;
  }

  public String getActor() {
    return actor;
  }

  public String getComment() {
    return comment;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
