package org.parity.identity.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.parity.identity.infrastructure.SignInThrottles;
import org.parity.platform.health.ScheduledWork;

/**
 * Every hour, forgets the failed-sign-in counts of addresses with no failure for a day, so the
 * table holds only recent guessing, not every address anyone ever mistyped.
 */
@Singleton
@ScheduledWork
public class SignInThrottleCleanup {

  static final Duration KEPT = Duration.ofDays(1);

  @Inject SignInThrottles throttles;
  @Inject Clock clock;

  @Schedule(minute = "17", hour = "*", persistent = false)
  public void hourly() {
    forgetQuietAsOf(clock.instant());
  }

  /** Forgets the counts quiet for a day as of {@code now}; answers how many went. */
  public int forgetQuietAsOf(Instant now) {
    return throttles.forgetQuietSince(now.minus(KEPT));
  }
}
