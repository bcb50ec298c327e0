package org.parity.network.domain;

import java.time.Instant;
import java.util.List;

/** The open network the domain tests hold their threads, events, teams and library in. */
final class TestNetwork {

  private TestNetwork() {}

  static LearningNetwork open(Instant opened) {
    return new LearningNetwork(
        "n",
        "Network",
        "About",
        LearningNetwork.Access.OPEN,
        List.of(),
        List.of(),
        List.of(),
        opened);
  }
}
