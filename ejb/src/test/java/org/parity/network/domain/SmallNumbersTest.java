package org.parity.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fewer than five people by profession or region never leave in an export. */
class SmallNumbersTest {

  @Test
  void fromOneToFourPeopleAreHidden() {
    for (int people = 1; people < 5; people++) {
      assertThat(SmallNumbers.shown(people)).as("%d people", people).isFalse();
      assertThat(SmallNumbers.count(people)).isEqualTo("fewer than 5");
    }
  }

  @Test
  void fiveOrMoreAndNobodyAreShown() {
    assertThat(SmallNumbers.count(5)).isEqualTo("5");
    assertThat(SmallNumbers.count(120)).isEqualTo("120");
    // Nobody is no one person: a zero names nobody.
    assertThat(SmallNumbers.count(0)).isEqualTo("0");
  }
}
