package org.parity.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.it.Deployments;
import org.parity.platform.health.TimerClaims;
import org.parity.platform.health.TimerRuns;

/**
 * Timers run once however many nodes there are: each firing is claimed by one node, and a node
 * whose timer fires after another node claimed that firing skips it. Here a second node is played
 * by claiming a firing under another name before this node's timer reaches it.
 */
@ExtendWith(ArquillianExtension.class)
class TimersRunOnceIT {

  /** The timer that fires most often (every 30 seconds), so the test waits least. */
  private static final String TIMER = "RecordStoreForwarding";

  private static final String FIRING = TIMER + ".retryDue";

  @Deployment
  static WebArchive deployment() {
    return Deployments.services(TimersRunOnceIT.class);
  }

  @Inject TimerClaims claims;
  @Inject TimerRuns runs;

  @Test
  void eachFiringIsClaimedByOneNode() {
    String timer = "Test-" + UUID.randomUUID();
    Instant firing = TimerClaims.firingAt(Instant.now());
    assertThat(claims.claim(timer, firing, "node-1")).isTrue();
    assertThat(claims.claim(timer, firing, "node-2")).as("taken").isFalse();
    assertThat(claims.ranBy(timer, firing)).contains("node-1");
    assertThat(claims.claim(timer, firing.plusSeconds(30), "node-2"))
        .as("the next firing is whoever's is alive")
        .isTrue();
    // Nodes whose clocks differ by a few seconds agree on which firing it is.
    assertThat(TimerClaims.firingAt(Instant.parse("2026-12-04T12:00:03.900Z")))
        .isEqualTo(TimerClaims.firingAt(Instant.parse("2026-12-04T11:59:57.100Z")))
        .isEqualTo(Instant.parse("2026-12-04T12:00:00Z"));
    assertThat(TimerClaims.firingAt(Instant.parse("2026-12-04T12:00:29.5Z")))
        .isEqualTo(Instant.parse("2026-12-04T12:00:30Z"));
  }

  @Test
  void aTimerRunsItsFiringsAndSkipsOneAnotherNodeClaimed() throws InterruptedException {
    // Record-store forwarding fires every 30 seconds. Its next firing goes to "another node".
    // (Its firings are on :00 and :30; claims are told apart to the nearest ten seconds.)
    Instant now = Instant.now();
    Instant next = Instant.ofEpochSecond((now.getEpochSecond() / 30 + 1) * 30);
    if (Duration.between(now, next).toSeconds() < 3) {
      next = next.plusSeconds(30);
    }
    Instant skipped = next;
    assertThat(claims.claim(FIRING, skipped, "another-node")).isTrue();
    waitUntil(() -> Instant.now().isAfter(skipped.plusSeconds(5)));
    assertThat(claims.ranBy(FIRING, skipped)).contains("another-node");
    assertThat(runs.lastRun(TIMER))
        .as("this node did not run the firing another node had claimed")
        .isLessThan(skipped.getEpochSecond());

    // The firing after it nobody had claimed: this node takes it and runs it.
    Instant after = skipped.plusSeconds(30);
    waitUntil(() -> runs.lastRun(TIMER) >= after.getEpochSecond());
    assertThat(claims.ranBy(FIRING, after)).contains(TimerClaims.node());
  }

  /** Polls once a second for up to 80 seconds (the test archive carries no polling library). */
  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(80));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("Not so within 80 seconds");
      }
      Thread.sleep(1000);
    }
  }
}
