package org.parity.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parity.learning.domain.LearningFixtures.NOW;

import org.junit.jupiter.api.Test;
import org.parity.curriculum.domain.Curriculum;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;

class EnrolmentTest {

  private final ModuleVersion kept = LearningFixtures.module("kept", 1, 1, 0, 2);
  private final ModuleVersion added = LearningFixtures.module("added", 1, 1, 0, 2);
  private final Curriculum curriculum = LearningFixtures.newCurriculum();
  private final CurriculumVersion v1 = LearningFixtures.curriculum(curriculum, 1, kept);
  private final CurriculumVersion v2 = LearningFixtures.curriculum(curriculum, 2, kept, added);

  @Test
  void staysOnTheVersionItWasPinnedToUntilTheLearnerMoves() {
    Enrolment enrolment = Enrolment.inCurriculum(LearningFixtures.learner(), v1, NOW);
    assertThat(enrolment.modules()).containsExactly(kept);
    assertThat(enrolment.versionNumber()).isEqualTo(1);

    enrolment.complete(NOW);
    enrolment.moveTo(v2, NOW.plusSeconds(60));

    assertThat(enrolment.modules()).containsExactly(kept, added);
    assertThat(enrolment.versionNumber()).isEqualTo(2);
    assertThat(enrolment.isCompleted()).as("new work reopens it").isFalse();
  }

  @Test
  void movesOnlyForwardWithinItsOwnCurriculum() {
    Enrolment onNewest = Enrolment.inCurriculum(LearningFixtures.learner(), v2, NOW);
    assertThatThrownBy(() -> onNewest.moveTo(v1, NOW)).isInstanceOf(LearningException.class);

    CurriculumVersion other =
        LearningFixtures.curriculum(LearningFixtures.newCurriculum(), 3, kept);
    Enrolment enrolment = Enrolment.inCurriculum(LearningFixtures.learner(), v1, NOW);
    assertThatThrownBy(() -> enrolment.moveTo(other, NOW)).isInstanceOf(LearningException.class);
  }

  @Test
  void onlyAPublishedVersionCanBeTaken() {
    ModuleVersion draft = kept.nextDraft(2, NOW);
    assertThatThrownBy(() -> Enrolment.inModule(LearningFixtures.learner(), draft, NOW))
        .isInstanceOf(LearningException.class);
  }
}
