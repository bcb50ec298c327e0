package org.parity.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parity.learning.domain.LearningFixtures.NOW;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.QuestionOption;
import org.parity.curriculum.domain.Unit;

class QuizAttemptTest {

  private final ModuleVersion module = LearningFixtures.module("quiz", 3, 2, 2, 8);
  private final Unit quiz = module.getUnits().get(1);
  private final Enrolment enrolment = Enrolment.inModule(LearningFixtures.learner(), module, NOW);

  private QuizAttempt start(int number, long seed) {
    return QuizAttempt.start(enrolment, quiz, module.getQuestions(), number, new Random(seed), NOW);
  }

  /** Answers every question of the attempt rightly, or wrongly for the first {@code wrong}. */
  private static void answer(QuizAttempt attempt, int wrong) {
    int count = 0;
    for (AttemptQuestion asked : attempt.getQuestions()) {
      List<QuestionOption> options = asked.getQuestion().getOptions();
      Set<Integer> chosen = new HashSet<>();
      for (int i = 0; i < options.size(); i++) {
        if (options.get(i).correct() == count >= wrong) {
          chosen.add(i);
        }
      }
      if (count < wrong) {
        chosen = Set.of(options.size() - 1);
      }
      attempt.answer(asked.getQuestion().getId(), chosen, NOW);
      count++;
    }
  }

  @Test
  void drawsTheQuizSizeFromTheBankWithOptionsShuffled() {
    Set<Long> drawnAcrossSeeds = new HashSet<>();
    boolean someOrderDiffers = false;
    for (long seed = 0; seed < 20; seed++) {
      QuizAttempt attempt = start(1, seed);
      assertThat(attempt.getQuestions()).hasSize(3);
      assertThat(attempt.getQuestions().stream().map(q -> q.getQuestion().getId()).distinct())
          .hasSize(3);
      attempt.getQuestions().forEach(q -> drawnAcrossSeeds.add(q.getQuestion().getId()));
      for (AttemptQuestion asked : attempt.getQuestions()) {
        assertThat(asked.shownOrder())
            .containsExactlyInAnyOrder(0, 1, 2)
            .hasSize(asked.getQuestion().getOptions().size());
        someOrderDiffers |= !asked.shownOrder().equals(List.of(0, 1, 2));
      }
    }
    assertThat(drawnAcrossSeeds).hasSizeGreaterThan(3);
    assertThat(someOrderDiffers).isTrue();
  }

  @Test
  void passesAtThePassMarkAndFailsBelowIt() {
    QuizAttempt passing = start(1, 7);
    answer(passing, 1);
    passing.submit(NOW);
    assertThat(passing.getScore()).isEqualTo(2);
    assertThat(passing.isPassed()).isTrue();

    QuizAttempt failing = start(2, 7);
    answer(failing, 2);
    failing.submit(NOW);
    assertThat(failing.getScore()).isEqualTo(1);
    assertThat(failing.isPassed()).isFalse();
  }

  @Test
  void aMultipleChoiceQuestionIsRightOnlyWithExactlyTheRightOptions() {
    ModuleVersion allMultiple = LearningFixtures.module("multi", 1, 1, 0, 1);
    QuizAttempt attempt =
        QuizAttempt.start(
            Enrolment.inModule(LearningFixtures.learner(), allMultiple, NOW),
            allMultiple.getUnits().get(1),
            allMultiple.getQuestions(),
            1,
            new Random(1),
            NOW);
    AttemptQuestion asked = attempt.getQuestions().get(0);
    long id = asked.getQuestion().getId();
    attempt.answer(id, Set.of(0), NOW);
    assertThat(asked.isCorrect()).isFalse();
    attempt.answer(id, Set.of(0, 1, 2), NOW);
    assertThat(asked.isCorrect()).isFalse();
    attempt.answer(id, Set.of(1, 0), NOW);
    assertThat(asked.isCorrect()).isTrue();
  }

  @Test
  void refusesNonsenseAnswersAndAnswersAfterSubmission() {
    QuizAttempt attempt = start(1, 3);
    AttemptQuestion single =
        attempt.getQuestions().stream()
            .filter(
                q ->
                    q.getQuestion().getOptions().size() == 3
                        && !q.getQuestion().getQuestionKey().equals("q0"))
            .findFirst()
            .orElseThrow();
    long id = single.getQuestion().getId();
    assertThatThrownBy(() -> attempt.answer(id, Set.of(5), NOW))
        .isInstanceOf(LearningException.class);
    assertThatThrownBy(() -> attempt.answer(id, Set.of(0, 1), NOW))
        .isInstanceOf(LearningException.class);
    assertThatThrownBy(() -> attempt.answer(id, Set.of(), NOW))
        .isInstanceOf(LearningException.class);
    assertThatThrownBy(() -> attempt.answer(999_999, Set.of(0), NOW))
        .isInstanceOf(LearningException.class);
    assertThat(single.isAnswered()).isFalse();

    attempt.submit(NOW);
    assertThat(attempt.getScore()).isZero();
    assertThatThrownBy(() -> attempt.answer(id, Set.of(0), NOW))
        .isInstanceOf(LearningException.class);
    assertThatThrownBy(() -> attempt.submit(NOW)).isInstanceOf(LearningException.class);
  }

  @Test
  void refusesAnAttemptBeyondTheLimit() {
    start(2, 1);
    assertThatThrownBy(() -> start(3, 1))
        .isInstanceOf(LearningException.class)
        .hasMessageContaining("2 attempts");
  }

  @Test
  void refusesToQuizOnATextUnit() {
    assertThatThrownBy(
            () ->
                QuizAttempt.start(
                    enrolment,
                    module.getUnits().get(0),
                    module.getQuestions(),
                    1,
                    new Random(1),
                    NOW))
        .isInstanceOf(LearningException.class);
  }
}
