package org.parity.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/**
 * Where a learner is with one unit of an enrolment: done or not, and for a reflection the private
 * answer, saved as it is typed.
 */
@Entity
@NamedQuery(
    name = "UnitProgress.findByEnrolment",
    query = "select p from UnitProgress p where p.enrolment = :enrolment")
public class UnitProgress {

  public static final int REFLECTION_LIMIT = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_progress_seq")
  @SequenceGenerator(
      name = "unit_progress_seq",
      sequenceName = "unit_progress_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Enrolment enrolment;

  private long unitId;
  private String reflection;
  private Instant savedAt;
  private Instant doneAt;

  protected UnitProgress() {}

  public UnitProgress(Enrolment enrolment, long unitId, Instant now) {
    this.enrolment = enrolment;
    this.unitId = unitId;
    this.savedAt = now;
  }

  public void markDone(Instant now) {
    if (doneAt == null) {
      doneAt = now;
    }
    savedAt = now;
  }

  /** Saves a reflection draft; a non-blank reflection completes the unit. */
  public void reflect(String text, Instant now) {
    String value = text == null ? "" : text.strip();
    if (value.length() > REFLECTION_LIMIT) {
      throw new LearningException(
          "A reflection can be at most " + REFLECTION_LIMIT + " characters long.",
          "learn.error.reflectionLong",
          REFLECTION_LIMIT);
    }
    reflection = value;
    savedAt = now;
    if (!value.isEmpty()) {
      markDone(now);
    }
  }

  public boolean isDone() {
    return doneAt != null;
  }

  public long getUnitId() {
    return unitId;
  }

  public String getReflection() {
    return reflection;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public Instant getDoneAt() {
    return doneAt;
  }
}
