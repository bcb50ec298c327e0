package org.parity.platform.health;

/** One thing a node needs to serve, and whether it has it; {@code detail} says why not. */
public record HealthCheck(String name, boolean up, String detail) {

  public static HealthCheck up(String name) {
    return new HealthCheck(name, true, null);
  }

  public static HealthCheck down(String name, String detail) {
    return new HealthCheck(name, false, detail == null ? "Unavailable" : detail);
  }
}
