package org.parity.platform.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.parity.platform.Configuration;
import org.parity.platform.health.ScheduledWork;

/**
 * Retention: mail that is done with (sent, held for want of a mail server, or given up on) leaves
 * the outbox after 90 days (PARITY_OUTBOX_DAYS); mail still waiting to be sent stays.
 */
@Stateless
@ScheduledWork
public class OutboxRetention {

  @PersistenceContext EntityManager em;
  @Inject Configuration configuration;
  @Inject Clock clock;

  @Schedule(hour = "3", minute = "37", persistent = false)
  public void daily() {
    int days = configuration.days("PARITY_OUTBOX_DAYS", 90);
    removeFinishedBefore(clock.instant().minus(Duration.ofDays(days)));
  }

  public int removeFinishedBefore(Instant cutoff) {
    return em.createQuery(
            "delete from OutgoingMail m where m.createdAt < :cutoff and m.status <> :pending")
        .setParameter("cutoff", cutoff)
        .setParameter("pending", OutgoingMail.Status.PENDING)
        .executeUpdate();
  }
}
