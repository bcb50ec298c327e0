package org.parity.platform.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.parity.platform.mail.MailOutbox;
import org.parity.search.infrastructure.SearchIndex;

/**
 * Parity's own meters beside WildFly's (requests, sessions, datasource pool, transactions), all in
 * Prometheus format on the management interface's /metrics: the mail waiting to go out, and whether
 * the search index is being rebuilt.
 */
@Singleton
@Startup
public class ParityMeters {

  @Inject MeterRegistry registry;
  @Inject MailOutbox outbox;
  @Inject SearchIndex index;

  @PostConstruct
  void register() {
    // Through the registry's own gauge method: WildFly wraps each application's registry, and a
    // Gauge.builder registration does not reach its Prometheus endpoint.
    registry.gauge("parity.mail.outbox.pending", Tags.empty(), outbox, MailOutbox::pending);
    registry.gauge(
        "parity.search.rebuilding", Tags.empty(), index, i -> i.rebuilding() ? 1.0 : 0.0);
  }
}
