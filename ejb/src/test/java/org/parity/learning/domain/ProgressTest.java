package org.parity.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parity.curriculum.domain.ModuleVersion;

class ProgressTest {

  private final ModuleVersion first = LearningFixtures.module("first", 1, 1, 0, 2);
  private final ModuleVersion second = LearningFixtures.module("second", 1, 1, 0, 2);

  private long unit(ModuleVersion module, int index) {
    return module.getUnits().get(index).getId();
  }

  @Test
  void nothingDoneIsZeroAndContinuesAtTheFirstUnit() {
    Progress progress = new Progress(List.of(first, second), Set.of());
    assertThat(progress.overallPercent()).isZero();
    assertThat(progress.isAllComplete()).isFalse();
    assertThat(progress.firstUnfinished()).contains(first.getUnits().get(0));
  }

  @Test
  void aModuleIsCompleteWhenEveryUnitIsDone() {
    Progress progress =
        new Progress(
            List.of(first, second), Set.of(unit(first, 0), unit(first, 1), unit(second, 0)));
    assertThat(progress.isComplete(first)).isTrue();
    assertThat(progress.isComplete(second)).isFalse();
    assertThat(progress.percent(second)).isEqualTo(50);
    assertThat(progress.overallPercent()).isEqualTo(75);
    assertThat(progress.firstUnfinished()).contains(second.getUnits().get(1));
    assertThat(progress.isAllComplete()).isFalse();
  }

  @Test
  void everyModuleCompleteCompletesTheWhole() {
    Progress progress =
        new Progress(
            List.of(first, second),
            Set.of(unit(first, 0), unit(first, 1), unit(second, 0), unit(second, 1)));
    assertThat(progress.isAllComplete()).isTrue();
    assertThat(progress.overallPercent()).isEqualTo(100);
    assertThat(progress.firstUnfinished()).isEmpty();
  }

  @Test
  void aModuleCompletedElsewhereCountsAsCompleteHere() {
    Progress progress =
        new Progress(List.of(first, second), Set.of(unit(second, 0)), Set.of(first.getId()));
    assertThat(progress.isCredited(first)).isTrue();
    assertThat(progress.isCredited(second)).isFalse();
    assertThat(progress.isComplete(first)).isTrue();
    assertThat(progress.percent(first)).isEqualTo(100);
    assertThat(progress.isDone(first.getUnits().get(1))).isTrue();
    assertThat(progress.overallPercent()).isEqualTo(75);
    assertThat(progress.firstUnfinished())
        .as("it skips what counts already")
        .contains(second.getUnits().get(1));
  }
}
