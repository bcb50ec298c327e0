package org.parity.curriculum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parity.curriculum.domain.ContentReview.Standing;
import org.parity.identity.domain.Organisation;
import org.parity.platform.InvalidInput;

/** Review-by arithmetic with fixed days: standing, reminders once per stage, extensions. */
class ContentReviewTest {

  private static final LocalDate APPROVED = LocalDate.of(2026, 12, 4);

  private static ContentReview reviewed() {
    ContentReview review = new ContentReview();
    review.reviewedOn(APPROVED, 24);
    return review;
  }

  @Test
  void isDueTheGivenMonthsAfterApproval() {
    ContentReview review = reviewed();
    assertThat(review.lastReviewedOn()).isEqualTo(APPROVED);
    assertThat(review.reviewBy()).isEqualTo(LocalDate.of(2028, 12, 4));
    assertThat(new ContentReview().standing(APPROVED)).isEqualTo(Standing.NONE);
  }

  @Test
  void becomesDueSoonNinetyDaysAheadAndOverdueTheDayAfter() {
    ContentReview review = reviewed();
    LocalDate due = review.reviewBy();
    assertThat(review.standing(due.minusDays(91))).isEqualTo(Standing.CURRENT);
    assertThat(review.standing(due.minusDays(90))).isEqualTo(Standing.DUE_SOON);
    assertThat(review.standing(due)).as("due on the day itself").isEqualTo(Standing.DUE_SOON);
    assertThat(review.standing(due.plusDays(1))).isEqualTo(Standing.OVERDUE);
  }

  @Test
  void remindsOncePerStage() {
    ContentReview review = reviewed();
    LocalDate due = review.reviewBy();
    assertThat(review.reminderFor(due.minusDays(100))).isEmpty();
    assertThat(review.reminderFor(due.minusDays(80))).contains(Standing.DUE_SOON);
    assertThat(review.reminderFor(due.minusDays(79))).isEmpty();
    assertThat(review.reminderFor(due.plusDays(1))).contains(Standing.OVERDUE);
    assertThat(review.reminderFor(due.plusDays(30))).isEmpty();
  }

  @Test
  void anOverdueVersionNeverRemindedGetsOnlyTheOverdueReminder() {
    ContentReview review = reviewed();
    assertThat(review.reminderFor(review.reviewBy().plusDays(5))).contains(Standing.OVERDUE);
    assertThat(review.reminderFor(review.reviewBy().plusDays(6))).isEmpty();
  }

  @Test
  void anExtensionIsLaterThanTodayAndTheOldDateAndAtMostThreeYearsAhead() {
    ContentReview review = reviewed();
    LocalDate today = review.reviewBy().plusDays(10);
    assertThat(review.reminderFor(today)).contains(Standing.OVERDUE);
    for (LocalDate refused :
        new LocalDate[] {null, today, review.reviewBy(), today.plusMonths(36).plusDays(1)}) {
      assertThatThrownBy(() -> review.extendTo(refused, today))
          .isInstanceOfSatisfying(
              InvalidInput.class,
              e -> assertThat(e.fieldErrors()).containsEntry("reviewBy", "review.extendRange"));
    }
    review.extendTo(today.plusMonths(6), today);
    assertThat(review.reviewBy()).isEqualTo(today.plusMonths(6));
    assertThat(review.standing(today)).isEqualTo(Standing.CURRENT);
    assertThat(review.reminderFor(today.plusMonths(4)))
        .as("reminded afresh")
        .contains(Standing.DUE_SOON);
  }

  @Test
  void aDraftHasNoDateToExtend() {
    assertThatThrownBy(() -> new ContentReview().extendTo(APPROVED.plusYears(1), APPROVED))
        .isInstanceOf(WorkflowException.class);
  }

  @Test
  void aPublisherChoosesSixToSixtyMonths() {
    Organisation college = new Organisation("College", Organisation.Kind.COLLEGE, null);
    assertThat(college.getReviewMonths()).isEqualTo(24);
    for (int refused : new int[] {5, 61, 0, -1}) {
      assertThatThrownBy(() -> college.chooseReviewMonths(refused))
          .isInstanceOf(InvalidInput.class);
    }
    college.chooseReviewMonths(6);
    assertThat(college.getReviewMonths()).isEqualTo(6);
  }

  @Test
  void publishingAModuleSetsItsDates() {
    ModuleVersion version = ModuleVersionTest.draftWithUnits("One");
    version.submitForReview();
    version.publish(ModuleVersionTest.NOW, 12);
    LocalDate day = LocalDate.ofInstant(ModuleVersionTest.NOW, ContentReview.ZONE);
    assertThat(version.review().lastReviewedOn()).isEqualTo(day);
    assertThat(version.review().reviewBy()).isEqualTo(day.plusMonths(12));
  }
}
