package org.parity.curriculum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.identity.domain.Organisation;

class ModuleVersionTest {

  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  static final Organisation COLLEGE =
      new Organisation("College of Whole-Person Care", Organisation.Kind.COLLEGE, NOW);

  static ModuleDetails details(String title) {
    return new ModuleDetails(
        title,
        "Summary",
        List.of("Outcome"),
        30,
        new BigDecimal("0.5"),
        List.of("MUS"),
        List.of("MUS_PRIMARY_CARE"),
        List.of("PRIMARY_CARE"),
        List.of("WHOLE_PERSON"));
  }

  static QuestionContent question(String key) {
    return new QuestionContent(
        key,
        QuestionType.SINGLE,
        "Which?",
        List.of(
            new QuestionOption("Right", true, "Yes"), new QuestionOption("Wrong", false, "No")));
  }

  static ModuleVersion draftWithUnits(String... titles) {
    ModuleVersion version =
        new ModuleVersion(new SharedModule("mus", COLLEGE, NOW), 1, details("MUS"), NOW);
    long id = 1;
    for (String title : titles) {
      setId(
          version.addUnit(new UnitContent(UnitKind.TEXT, title, "# " + title, null, 0, 0, 0)),
          id++);
    }
    return version;
  }

  static void setId(Object entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static ModuleVersion published() {
    ModuleVersion version = draftWithUnits("One");
    version.submitForReview();
    version.lifecycle().publish(NOW);
    return version;
  }

  @Test
  void aDraftChangesFreely() {
    ModuleVersion draft = draftWithUnits("One", "Two");
    draft.edit(details("Medically unexplained symptoms"));
    assertThat(draft.getTitle()).isEqualTo("Medically unexplained symptoms");
  }

  @Test
  void aPublishedVersionRefusesEveryChangeItself() {
    ModuleVersion version = published();
    assertThat(version.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
    assertThat(version.lifecycle().publishedAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> version.edit(details("Changed")))
        .isInstanceOf(VersionNotEditableException.class);
    assertThatThrownBy(
            () -> version.addUnit(new UnitContent(UnitKind.TEXT, "x", "x", null, 0, 0, 0)))
        .isInstanceOf(VersionNotEditableException.class);
    assertThatThrownBy(() -> version.removeUnit(1)).isInstanceOf(VersionNotEditableException.class);
    assertThatThrownBy(() -> version.addQuestion(question("q1")))
        .isInstanceOf(VersionNotEditableException.class);
    assertThat(version.getTitle()).isEqualTo("MUS");
  }

  @Test
  void aVersionInReviewRefusesChangesUntilReturned() {
    ModuleVersion version = draftWithUnits("One");
    version.submitForReview();
    assertThatThrownBy(() -> version.edit(details("x")))
        .isInstanceOf(VersionNotEditableException.class);
    version.lifecycle().returnToDraft();
    version.edit(details("Fixed"));
    assertThat(version.getTitle()).isEqualTo("Fixed");
  }

  @Test
  void theNextDraftCopiesUnitsAndQuestionsAndIsEditable() {
    ModuleVersion draft = draftWithUnits("One", "Two");
    draft.addQuestion(question("q1"));
    draft.submitForReview();
    draft.lifecycle().publish(NOW);
    ModuleVersion next = draft.nextDraft(2, NOW);
    assertThat(next.getNumber()).isEqualTo(2);
    assertThat(next.getStatus()).isEqualTo(VersionStatus.DRAFT);
    assertThat(next.getUnits()).extracting(Unit::getTitle).containsExactly("One", "Two");
    assertThat(next.getQuestions()).extracting(Question::getQuestionKey).containsExactly("q1");
    next.edit(details("Second edition"));
    assertThat(draft.getTitle()).isEqualTo("MUS");
  }

  @Test
  void unitsMoveByKeyboardAndByDragAndDrop() {
    ModuleVersion draft = draftWithUnits("One", "Two", "Three");
    draft.moveUnit(3, -1);
    assertThat(draft.getUnits()).extracting(Unit::getTitle).containsExactly("One", "Three", "Two");
    assertThat(draft.getUnits()).extracting(Unit::getPosition).containsExactly(0, 1, 2);
    draft.reorderUnits(List.of(2L, 1L, 3L));
    assertThat(draft.getUnits()).extracting(Unit::getTitle).containsExactly("Two", "One", "Three");
    assertThatThrownBy(() -> draft.reorderUnits(List.of(1L, 2L)))
        .isInstanceOf(WorkflowException.class);
  }

  @Test
  void aQuizCannotGoToReviewAskingMoreQuestionsThanTheBankHas() {
    ModuleVersion draft = draftWithUnits("One");
    draft.addUnit(new UnitContent(UnitKind.QUIZ, "Check", null, null, 1, 2, 0));
    draft.addQuestion(question("q1"));
    assertThatThrownBy(draft::submitForReview)
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("bank has 1");
    assertThat(draft.getStatus()).isEqualTo(VersionStatus.DRAFT);
  }

  @Test
  void aSingleChoiceQuestionHasExactlyOneRightAnswer() {
    ModuleVersion draft = draftWithUnits("One");
    assertThatThrownBy(
            () ->
                draft.addQuestion(
                    new QuestionContent(
                        "q",
                        QuestionType.SINGLE,
                        "?",
                        List.of(
                            new QuestionOption("a", true, "f"),
                            new QuestionOption("b", true, "f")))))
        .isInstanceOf(WorkflowException.class);
  }

  @Test
  void onlyAPublishedVersionCanBeRetired() {
    ModuleVersion draft = draftWithUnits("One");
    assertThatThrownBy(() -> draft.lifecycle().retire()).isInstanceOf(WorkflowException.class);
    ModuleVersion version = published();
    version.lifecycle().retire();
    assertThat(version.getStatus()).isEqualTo(VersionStatus.RETIRED);
  }
}
