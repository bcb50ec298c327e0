package org.parity.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock every rule with a time in it reads, so tests can fix time at the edge. */
@ApplicationScoped
public class Clocks {

  @Produces
  @ApplicationScoped
  Clock systemClock() {
    return Clock.systemUTC();
  }
}
