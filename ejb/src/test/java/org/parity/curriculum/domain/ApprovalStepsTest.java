package org.parity.curriculum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parity.curriculum.domain.ModuleVersionTest.NOW;
import static org.parity.curriculum.domain.ReviewerKind.CLINICAL;
import static org.parity.curriculum.domain.ReviewerKind.LIVED_EXPERIENCE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parity.curriculum.domain.ReviewerKind.ChecklistItem;
import org.parity.platform.OutOfTurn;

/**
 * The review steps a publisher chooses: in order, each once per submission, nobody reviewing their
 * own work or taking two steps, and approval last by someone who reviewed nothing.
 */
class ApprovalStepsTest {

  private static final Set<String> AUTHORS = Set.of("eden@college.example");
  private static final Set<ChecklistItem> CLINICAL_DONE =
      EnumSet.of(
          ChecklistItem.ACCURATE,
          ChecklistItem.CURRENT,
          ChecklistItem.SAFETY_NETTED,
          ChecklistItem.NICE_NOT_APPLICABLE);

  private static ExpertReview review(ReviewerKind kind, String by) {
    return new ExpertReview(
        "MODULE",
        7,
        kind,
        by,
        kind == CLINICAL
            ? CLINICAL_DONE
            : EnumSet.of(ChecklistItem.RESPECTFUL_LANGUAGE, ChecklistItem.REFLECTS_EXPERIENCE),
        null,
        NOW);
  }

  private static ApprovalSteps both(ExpertReview... done) {
    return ApprovalSteps.of(List.of(CLINICAL, LIVED_EXPERIENCE), List.of(done), AUTHORS);
  }

  private static String refusal(Runnable step) {
    try {
      step.run();
    } catch (OutOfTurn refused) {
      return refused.key();
    }
    return "allowed";
  }

  @Test
  void aPublisherThatAsksForNoReviewLetsAnotherPublisherApproveAtOnce() {
    ApprovalSteps none = ApprovalSteps.of(List.of(), List.of(), AUTHORS);
    assertThat(none.next()).isEmpty();
    assertThat(none.steps()).isEmpty();
    assertThatCode(() -> none.requireMayApprove("pat@college.example")).doesNotThrowAnyException();
    assertThat(refusal(() -> none.requireMayReview(CLINICAL, "cleo@college.example")))
        .isEqualTo("expertReview.refusal.notRequired");
  }

  @Test
  void stepsGoInOrderClinicalThenLivedExperienceThenApproval() {
    ApprovalSteps fresh = both();
    assertThat(fresh.next()).contains(CLINICAL);
    assertThat(fresh.steps()).extracting(ApprovalSteps.Step::next).containsExactly(true, false);
    assertThat(refusal(() -> fresh.requireMayReview(LIVED_EXPERIENCE, "lee@example.org")))
        .isEqualTo("expertReview.refusal.order.CLINICAL");
    assertThat(refusal(() -> fresh.requireMayApprove("pat@college.example")))
        .isEqualTo("expertReview.refusal.outstanding.CLINICAL");

    ApprovalSteps clinicalDone = both(review(CLINICAL, "cleo@college.example"));
    assertThat(clinicalDone.next()).contains(LIVED_EXPERIENCE);
    assertThat(refusal(() -> clinicalDone.requireMayReview(LIVED_EXPERIENCE, "lee@example.org")))
        .isEqualTo("allowed");
    assertThat(refusal(() -> clinicalDone.requireMayApprove("pat@college.example")))
        .isEqualTo("expertReview.refusal.outstanding.LIVED_EXPERIENCE");

    ApprovalSteps allDone =
        both(review(CLINICAL, "cleo@college.example"), review(LIVED_EXPERIENCE, "lee@example.org"));
    assertThat(allDone.next()).isEmpty();
    assertThat(refusal(() -> allDone.requireMayApprove("pat@college.example")))
        .isEqualTo("allowed");
  }

  @Test
  void eachStepIsDoneOncePerSubmissionAndSupersededReviewsDoNotCount() {
    ExpertReview first = review(CLINICAL, "cleo@college.example");
    assertThat(refusal(() -> both(first).requireMayReview(CLINICAL, "cal@college.example")))
        .isEqualTo("expertReview.refusal.done");

    first.supersede();
    ApprovalSteps resubmitted = both(first);
    assertThat(resubmitted.next()).contains(CLINICAL);
    assertThat(refusal(() -> resubmitted.requireMayReview(CLINICAL, "cleo@college.example")))
        .isEqualTo("allowed");
  }

  @Test
  void nobodyReviewsTheirOwnWorkNorTakesTwoStepsNorApprovesWhatTheyReviewed() {
    assertThat(refusal(() -> both().requireMayReview(CLINICAL, "Eden@College.example")))
        .isEqualTo("expertReview.refusal.ownWork");
    ApprovalSteps clinicalDone = both(review(CLINICAL, "cleo@college.example"));
    assertThat(
            refusal(() -> clinicalDone.requireMayReview(LIVED_EXPERIENCE, "cleo@college.example")))
        .isEqualTo("expertReview.refusal.oneStepEach");
    ApprovalSteps allDone =
        both(review(CLINICAL, "cleo@college.example"), review(LIVED_EXPERIENCE, "lee@example.org"));
    assertThat(refusal(() -> allDone.requireMayApprove("cleo@college.example")))
        .isEqualTo("expertReview.refusal.reviewerApproves");
    assertThat(refusal(() -> allDone.requireMayApprove("lee@example.org")))
        .isEqualTo("expertReview.refusal.reviewerApproves");
  }

  @Test
  void aPublisherChoosesStepsForModulesAndCurriculaApart() {
    RequiredReviews required = new RequiredReviews(1);
    assertThat(required.stepsFor(RequiredReviews.MODULE)).isEmpty();
    required.choose(false, true, true, false, "pat@college.example", NOW);
    assertThat(required.stepsFor(RequiredReviews.MODULE)).containsExactly(LIVED_EXPERIENCE);
    assertThat(required.stepsFor(RequiredReviews.CURRICULUM)).containsExactly(CLINICAL);
    required.choose(true, true, false, false, "pat@college.example", NOW);
    assertThat(required.stepsFor(RequiredReviews.MODULE))
        .containsExactly(CLINICAL, LIVED_EXPERIENCE);
  }

  @Test
  void aClinicalChecklistNeedsEveryItemAndOneAnswerAboutNice() {
    assertThat(CLINICAL.completedBy(CLINICAL_DONE)).isTrue();
    Set<ChecklistItem> withoutSafetyNetting = EnumSet.copyOf(CLINICAL_DONE);
    withoutSafetyNetting.remove(ChecklistItem.SAFETY_NETTED);
    assertThat(CLINICAL.completedBy(withoutSafetyNetting)).isFalse();
    Set<ChecklistItem> noNiceAnswer = EnumSet.copyOf(CLINICAL_DONE);
    noNiceAnswer.remove(ChecklistItem.NICE_NOT_APPLICABLE);
    assertThat(CLINICAL.completedBy(noNiceAnswer)).isFalse();
    Set<ChecklistItem> bothNiceAnswers = EnumSet.copyOf(CLINICAL_DONE);
    bothNiceAnswers.add(ChecklistItem.FITS_NICE);
    assertThat(CLINICAL.completedBy(bothNiceAnswers)).isFalse();
    Set<ChecklistItem> foreign = EnumSet.copyOf(CLINICAL_DONE);
    foreign.add(ChecklistItem.RESPECTFUL_LANGUAGE);
    assertThat(CLINICAL.completedBy(foreign)).isFalse();
    assertThat(
            LIVED_EXPERIENCE.completedBy(
                EnumSet.of(ChecklistItem.RESPECTFUL_LANGUAGE, ChecklistItem.REFLECTS_EXPERIENCE)))
        .isTrue();
    assertThat(LIVED_EXPERIENCE.completedBy(EnumSet.of(ChecklistItem.RESPECTFUL_LANGUAGE)))
        .isFalse();
  }

  @Test
  void aReviewKeepsWhatWasConfirmed() {
    ExpertReview review = review(CLINICAL, "cleo@college.example");
    assertThat(review.confirmed()).isEqualTo(CLINICAL_DONE);
    assertThatThrownBy(() -> review.confirmed().add(ChecklistItem.FITS_NICE))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
