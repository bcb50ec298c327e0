package org.parity.curriculum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parity.curriculum.domain.ModuleVersionTest.NOW;
import static org.parity.curriculum.domain.ModuleVersionTest.details;
import static org.parity.curriculum.domain.ModuleVersionTest.question;
import static org.parity.curriculum.domain.ModuleVersionTest.setId;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionChangesTest {

  @Test
  void listsUnitsAndQuestionsAddedRemovedAndChanged() {
    ModuleVersion first =
        ModuleVersionTest.draftWithUnits("Why it matters", "Screening", "Old unit");
    first.addQuestion(question("q1"));
    first.addQuestion(question("q2"));
    first.submitForReview();
    first.lifecycle().publish(NOW);

    ModuleVersion second = first.nextDraft(2, NOW);
    long id = 100;
    for (Unit unit : second.getUnits()) {
      setId(unit, id++);
    }
    for (Question q : second.getQuestions()) {
      setId(q, id++);
    }
    second.edit(details("MUS, second edition"));
    second.editUnit(
        101,
        new UnitContent(UnitKind.TEXT, "Screening", "# Screening\n\nNew text.", null, 0, 0, 0));
    second.removeUnit(102);
    second.addUnit(new UnitContent(UnitKind.REFLECTION, "Your practice", "Think.", null, 0, 0, 0));
    second.removeQuestion(103);
    second.addQuestion(question("q3"));
    second.editQuestion(
        104,
        new QuestionContent(
            "q2",
            QuestionType.TRUE_FALSE,
            "Changed?",
            List.of(
                new QuestionOption("True", true, "Yes"),
                new QuestionOption("False", false, "No"))));

    VersionChanges changes = VersionChanges.between(first, second);
    assertThat(changes.from()).isEqualTo(1);
    assertThat(changes.to()).isEqualTo(2);
    assertThat(changes.changedDetails()).containsExactly("title");
    assertThat(changes.unitsAdded()).containsExactly("Your practice");
    assertThat(changes.unitsRemoved()).containsExactly("Old unit");
    assertThat(changes.unitsChanged()).containsExactly("Screening");
    assertThat(changes.questionsAdded()).containsExactly("q3");
    assertThat(changes.questionsRemoved()).containsExactly("q1");
    assertThat(changes.questionsChanged()).containsExactly("q2");
  }

  @Test
  void anUntouchedDraftHasNoChanges() {
    ModuleVersion first = ModuleVersionTest.draftWithUnits("One");
    first.submitForReview();
    first.lifecycle().publish(NOW);
    assertThat(VersionChanges.between(first, first.nextDraft(2, NOW)).isEmpty()).isTrue();
  }
}
