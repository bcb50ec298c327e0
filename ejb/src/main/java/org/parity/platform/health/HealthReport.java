package org.parity.platform.health;

import java.util.List;

/** A node's checks: ready only when every one of them is up. */
public record HealthReport(boolean ready, List<HealthCheck> checks) {

  public static HealthReport of(List<HealthCheck> checks) {
    return new HealthReport(checks.stream().allMatch(HealthCheck::up), List.copyOf(checks));
  }
}
