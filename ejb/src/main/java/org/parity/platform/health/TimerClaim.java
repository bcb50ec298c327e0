package org.parity.platform.health;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** One firing of one timer, taken by the node that runs it. */
@Entity
public class TimerClaim {

  @Id private String id;

  private String timer;
  private Instant firing;
  private String node;
  private Instant claimedAt;

  protected TimerClaim() {}

  TimerClaim(String timer, Instant firing, String node, Instant now) {
    this.id = idOf(timer, firing);
    this.timer = timer;
    this.firing = firing;
    this.node = node;
    this.claimedAt = now;
  }

  static String idOf(String timer, Instant firing) {
    return timer + "@" + firing.getEpochSecond();
  }

  public String getNode() {
    return node;
  }
}
