package org.parity.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  private final SignInThrottle throttle = new SignInThrottle("Someone@Example.org ");

  private void fail(int times, Instant at) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(at);
    }
  }

  @Test
  void fourFailuresInARowDoNotPause() {
    fail(4, NOW);
    assertThat(throttle.pausedUntil(NOW)).isEmpty();
  }

  @Test
  void theFifthFailurePausesForAMinute() {
    fail(5, NOW);
    assertThat(throttle.pausedUntil(NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
    assertThat(throttle.pausedUntil(NOW.plusSeconds(59))).isPresent();
    assertThat(throttle.pausedUntil(NOW.plusSeconds(60))).isEmpty();
  }

  @Test
  void eachFurtherFailureDoublesThePauseUpToHalfAnHour() {
    fail(5, NOW);
    Instant later = NOW.plusSeconds(61);
    throttle.recordFailure(later);
    assertThat(throttle.pausedUntil(later)).contains(later.plus(Duration.ofMinutes(2)));
    fail(20, later);
    assertThat(throttle.pausedUntil(later)).contains(later.plus(Duration.ofMinutes(30)));
  }

  @Test
  void aSuccessStartsTheCountAgain() {
    fail(4, NOW);
    throttle.recordSuccess();
    fail(4, NOW);
    assertThat(throttle.pausedUntil(NOW)).isEmpty();
    assertThat(throttle.getConsecutiveFailures()).isEqualTo(4);
  }
}
