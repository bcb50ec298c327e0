package org.parity.learning.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.Unit;
import org.parity.learning.application.GroupLearning.UnitState;
import org.parity.learning.domain.LearningFixtures;

/**
 * What others see of a learner's unit: done, or for a quiz passed or not yet; never the answers.
 */
class GroupLearningTest {

  private final ModuleVersion module = LearningFixtures.module("team-learning", 1, 1, 3, 1);
  private final Unit reading = module.getUnits().get(0);
  private final Unit quiz = module.getUnits().get(1);

  @Test
  void aQuizIsPassedOrNotYetOnceTried() {
    assertThat(GroupLearning.state(quiz, true, true)).isEqualTo(UnitState.PASSED);
    assertThat(GroupLearning.state(quiz, false, true)).isEqualTo(UnitState.NOT_YET);
    assertThat(GroupLearning.state(quiz, false, false)).isEqualTo(UnitState.NOT_STARTED);
  }

  @Test
  void otherUnitsAreDoneOrNot() {
    assertThat(GroupLearning.state(reading, true, false)).isEqualTo(UnitState.DONE);
    assertThat(GroupLearning.state(reading, false, false)).isEqualTo(UnitState.NOT_STARTED);
  }
}
