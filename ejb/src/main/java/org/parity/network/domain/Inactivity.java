package org.parity.network.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a member has gone quiet on their team's learning: no activity for the network's number of
 * days. They are nudged once for each quiet spell: not again until they have been active since.
 */
public final class Inactivity {

  private Inactivity() {}

  /** Whether nothing has happened since {@code lastActivity} for {@code days} days. */
  public static boolean quiet(Instant lastActivity, int days, Instant now) {
    return lastActivity != null && !lastActivity.plus(Duration.ofDays(days)).isAfter(now);
  }

  /** Quiet, and not nudged since their last activity. */
  public static boolean nudgeDue(Instant lastActivity, Instant lastNudged, int days, Instant now) {
    return quiet(lastActivity, days, now)
        && (lastNudged == null || lastNudged.isBefore(lastActivity));
  }
}
