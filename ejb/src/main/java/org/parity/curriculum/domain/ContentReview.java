package org.parity.curriculum.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.parity.platform.InvalidInput;

/**
 * When a published module version was last reviewed and when it is due again. Its editors are
 * reminded once when the date comes within {@value #DUE_SOON_DAYS} days and once when it passes; a
 * publisher may move the date on, with a reason, up to {@value #LONGEST_EXTENSION_MONTHS} months
 * ahead.
 */
@Embeddable
public class ContentReview {

  public static final int DUE_SOON_DAYS = 90;
  public static final int LONGEST_EXTENSION_MONTHS = 36;

  /** Review dates are days in the UK, where Parity's colleges work. */
  public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/London");

  /** Where the version stands against its review-by date. */
  public enum Standing {
    /** Not published, so no date. */
    NONE,
    CURRENT,
    DUE_SOON,
    OVERDUE
  }

  private LocalDate lastReviewedOn;
  private LocalDate reviewBy;

  @Enumerated(EnumType.STRING)
  private Standing reviewReminder;

  /** Reviewed (approved for publication) on {@code day}: due again {@code months} later. */
  public void reviewedOn(LocalDate day, int months) {
    lastReviewedOn = day;
    reviewBy = day.plusMonths(months);
    reviewReminder = null;
  }

  public Standing standing(LocalDate today) {
    if (reviewBy == null) {
      return Standing.NONE;
    }
    if (today.isAfter(reviewBy)) {
      return Standing.OVERDUE;
    }
    return ChronoUnit.DAYS.between(today, reviewBy) <= DUE_SOON_DAYS
        ? Standing.DUE_SOON
        : Standing.CURRENT;
  }

  /** The reminder to send today, if one is due and was not sent before; sending it is recorded. */
  public Optional<Standing> reminderFor(LocalDate today) {
    Standing now = standing(today);
    boolean due =
        (now == Standing.DUE_SOON && reviewReminder == null)
            || (now == Standing.OVERDUE && reviewReminder != Standing.OVERDUE);
    if (!due) {
      return Optional.empty();
    }
    reviewReminder = now;
    return Optional.of(now);
  }

  /** Moves the date on: later than it was and than today, and at most three years from today. */
  public void extendTo(LocalDate to, LocalDate today) {
    if (reviewBy == null) {
      throw new WorkflowException(
          "Only a published version has a review-by date.", "studio.refusal.reviewPublishedOnly");
    }
    if (!allowsExtensionTo(to, today)) {
      throw InvalidInput.of("reviewBy", "review.extendRange");
    }
    reviewBy = to;
    reviewReminder = null;
  }

  public boolean allowsExtensionTo(LocalDate to, LocalDate today) {
    return to != null
        && to.isAfter(today)
        && (reviewBy == null || to.isAfter(reviewBy))
        && !to.isAfter(today.plusMonths(LONGEST_EXTENSION_MONTHS));
  }

  public LocalDate lastReviewedOn() {
    return lastReviewedOn;
  }

  public LocalDate reviewBy() {
    return reviewBy;
  }
}
