package org.parity.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HealthReportTest {

  @Test
  void aNodeIsReadyOnlyWhenEveryCheckIsUp() {
    assertThat(
            HealthReport.of(List.of(HealthCheck.up("database"), HealthCheck.up("search"))).ready())
        .isTrue();
    HealthReport one =
        HealthReport.of(List.of(HealthCheck.up("database"), HealthCheck.down("search", null)));
    assertThat(one.ready()).isFalse();
    assertThat(one.checks().get(1).detail()).isEqualTo("Unavailable");
  }
}
