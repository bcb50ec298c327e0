package org.parity.casestudy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.platform.OutOfTurn;

class CaseStudyWorkflowTest {

  private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant FRIDAY = Instant.parse("2026-03-06T16:00:00Z");

  private final CaseStudy study = new CaseStudy("a-study", "author@example.org", MONDAY);

  @Test
  void aNewStudyHasNothingPublic() {
    assertThat(study.isPublished()).isFalse();
    assertThat(study.getTitle()).isNull();
    assertThat(study.getPublishedOn()).isNull();
  }

  @Test
  void aDraftIsEditedSubmittedSentBackAndResubmitted() {
    CaseStudyRevision draft =
        new CaseStudyRevision(study, 1, "author@example.org", text("One"), MONDAY);
    assertThat(draft.getStatus()).isEqualTo(CaseStudyRevision.Status.DRAFT);

    draft.edit(text("Two"), MONDAY);
    draft.submit(MONDAY);
    assertThat(draft.getStatus()).isEqualTo(CaseStudyRevision.Status.SUBMITTED);
    assertThat(draft.isEditable()).isFalse();

    draft.requestChanges("editor@example.org", FRIDAY);
    assertThat(draft.getStatus()).isEqualTo(CaseStudyRevision.Status.CHANGES_REQUESTED);
    assertThat(draft.getDecidedBy()).isEqualTo("editor@example.org");

    draft.edit(text("Three"), FRIDAY);
    draft.submit(FRIDAY);
    assertThat(draft.content().title()).isEqualTo("Three");
    assertThat(draft.getStatus()).isEqualTo(CaseStudyRevision.Status.SUBMITTED);
  }

  @Test
  void aSubmissionCannotBeEditedOrSubmittedAgain() {
    CaseStudyRevision draft = new CaseStudyRevision(study, 1, "a@example.org", text("One"), MONDAY);
    draft.submit(MONDAY);

    assertThatThrownBy(() -> draft.edit(text("Sneaky"), MONDAY)).isInstanceOf(OutOfTurn.class);
    assertThatThrownBy(() -> draft.submit(MONDAY)).isInstanceOf(OutOfTurn.class);
    assertThat(draft.content().title()).isEqualTo("One");
  }

  @Test
  void onlyASubmissionIsReviewed() {
    CaseStudyRevision draft = new CaseStudyRevision(study, 1, "a@example.org", text("One"), MONDAY);

    assertThatThrownBy(() -> draft.markPublished("editor@example.org", MONDAY))
        .isInstanceOf(OutOfTurn.class);
    assertThatThrownBy(() -> draft.requestChanges("editor@example.org", MONDAY))
        .isInstanceOf(OutOfTurn.class);
    assertThat(draft.getStatus()).isEqualTo(CaseStudyRevision.Status.DRAFT);
  }

  @Test
  void aPublishedRevisionIsKeptAndCannotChange() {
    CaseStudyRevision draft = new CaseStudyRevision(study, 1, "a@example.org", text("One"), MONDAY);
    draft.submit(MONDAY);
    draft.check("checker@example.org", MONDAY);
    draft.markPublished("editor@example.org", MONDAY);

    assertThat(draft.getStatus()).isEqualTo(CaseStudyRevision.Status.PUBLISHED);
    assertThatThrownBy(() -> draft.edit(text("Later"), FRIDAY)).isInstanceOf(OutOfTurn.class);
  }

  @Test
  void twoPeoplePublishOneChecksAndAnotherPublishes() {
    CaseStudyRevision draft = new CaseStudyRevision(study, 1, "a@example.org", text("One"), MONDAY);
    assertThatThrownBy(() -> draft.check("checker@example.org", MONDAY))
        .as("a draft is its author's")
        .isInstanceOf(OutOfTurn.class);
    draft.submit(MONDAY);
    assertThat(refusal(() -> draft.markPublished("editor@example.org", MONDAY)))
        .isEqualTo("caseStudy.error.notChecked");

    draft.check("checker@example.org", MONDAY);
    assertThat(draft.getCheckedBy()).isEqualTo("checker@example.org");
    assertThat(refusal(() -> draft.check("editor@example.org", MONDAY)))
        .isEqualTo("caseStudy.error.alreadyChecked");
    assertThat(refusal(() -> draft.markPublished("Checker@example.org", MONDAY)))
        .isEqualTo("caseStudy.error.checkerPublishes");
    assertThat(draft.getStatus()).isEqualTo(CaseStudyRevision.Status.SUBMITTED);

    draft.markPublished("editor@example.org", FRIDAY);
    assertThat(draft.getStatus()).isEqualTo(CaseStudyRevision.Status.PUBLISHED);
  }

  @Test
  void sentBackForChangesItIsCheckedAgainWhenResubmitted() {
    CaseStudyRevision draft = new CaseStudyRevision(study, 1, "a@example.org", text("One"), MONDAY);
    draft.submit(MONDAY);
    draft.check("checker@example.org", MONDAY);
    draft.requestChanges("editor@example.org", MONDAY);
    assertThat(draft.getCheckedBy()).isNull();
    draft.submit(FRIDAY);
    assertThat(refusal(() -> draft.markPublished("editor@example.org", FRIDAY)))
        .isEqualTo("caseStudy.error.notChecked");
  }

  private static String refusal(Runnable step) {
    try {
      step.run();
      return "allowed";
    } catch (OutOfTurn refused) {
      return refused.key();
    }
  }

  @Test
  void republishingReplacesTheTextAndMovesLastUpdatedButNotThePublicationDate() {
    study.publish(text("First"), MONDAY);
    assertThat(study.isPublished()).isTrue();
    assertThat(study.getTitle()).isEqualTo("First");
    assertThat(study.getPublishedOn()).isEqualTo(LocalDate.of(2026, 3, 2));

    study.publish(text("Second"), FRIDAY);

    assertThat(study.getTitle()).isEqualTo("Second");
    assertThat(study.getPriorityAreas()).containsExactly("PERINATAL");
    assertThat(study.getPublishedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(study.getLastUpdatedAt()).isEqualTo(FRIDAY);
  }

  static CaseStudyContent text(String title) {
    return new CaseStudyContent(
        title,
        "Summary",
        "",
        "",
        "Problem",
        "Intervention",
        "",
        "",
        "",
        "",
        "",
        List.of(),
        List.of("PSYCH_SUPPORT"),
        List.of("PERINATAL"),
        List.of(),
        List.of("MATERNITY"),
        List.of());
  }
}
