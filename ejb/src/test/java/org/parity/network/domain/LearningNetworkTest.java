package org.parity.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LearningNetworkTest {

  private static final Instant OPENED = Instant.parse("2026-12-06T09:00:00Z");

  private final LearningNetwork network = TestNetwork.open(OPENED);

  @Test
  void latestActivityMovesOnAtMostOnceAMinuteSoThatABusyNetworksRowIsSeldomWritten() {
    assertThat(network.activityDue(OPENED.plusSeconds(59))).isFalse();
    network.touch(OPENED.plusSeconds(59));
    assertThat(network.getLatestActivityAt()).isEqualTo(OPENED);

    assertThat(network.activityDue(OPENED.plusSeconds(60))).isTrue();
    network.touch(OPENED.plusSeconds(75));
    assertThat(network.getLatestActivityAt()).isEqualTo(OPENED.plusSeconds(75));

    network.touch(OPENED.plusSeconds(100));
    assertThat(network.getLatestActivityAt()).isEqualTo(OPENED.plusSeconds(75));
  }

  @Test
  void latestActivityNeverMovesBack() {
    network.touch(OPENED.plusSeconds(3600));
    network.touch(OPENED.plusSeconds(60));
    assertThat(network.getLatestActivityAt()).isEqualTo(OPENED.plusSeconds(3600));
    assertThat(network.activityDue(OPENED)).isFalse();
  }
}
