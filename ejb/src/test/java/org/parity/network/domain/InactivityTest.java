package org.parity.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One nudge for each quiet spell, after the network's number of quiet days (a fixed clock). */
class InactivityTest {

  private static final Instant ACTIVE = Instant.parse("2026-11-01T09:00:00Z");

  private static Instant days(double days) {
    return ACTIVE.plus(Duration.ofMinutes((long) (days * 24 * 60)));
  }

  @Test
  void aMemberIsNudgedOnceTheyHaveBeenQuietForTheNetworksDays() {
    assertThat(Inactivity.nudgeDue(ACTIVE, null, 14, days(13.9))).isFalse();
    assertThat(Inactivity.nudgeDue(ACTIVE, null, 14, days(14))).isTrue();
    assertThat(Inactivity.nudgeDue(ACTIVE, null, 7, days(7.5)))
        .as("a network's own setting")
        .isTrue();
  }

  @Test
  void onceForEachQuietSpell() {
    Instant nudged = days(14);
    assertThat(Inactivity.nudgeDue(ACTIVE, nudged, 14, days(30))).as("already nudged").isFalse();
    // Active again after the nudge, then quiet again: a new spell, a new nudge.
    Instant again = days(20);
    assertThat(Inactivity.nudgeDue(again, nudged, 14, days(33))).isFalse();
    assertThat(Inactivity.nudgeDue(again, nudged, 14, days(34))).isTrue();
  }

  @Test
  void nothingToGoQuietOn() {
    assertThat(Inactivity.nudgeDue(null, null, 14, days(100))).isFalse();
  }
}
