package org.parity.identity.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.SecurityEvent;
import org.parity.platform.Configuration;
import org.parity.platform.health.ScheduledWork;

/**
 * Retention: an account whose address was never confirmed goes after 30 days
 * (PARITY_UNVERIFIED_ACCOUNT_DAYS), with its roles, organisations and tokens. Such an account never
 * signed in, so it holds nothing else; one that somehow does is left and logged. A disabled one
 * stays: an administrator decided about it (the starter discussions' example members are such). The
 * security log keeps only how many went, not who.
 */
@Stateless
@ScheduledWork
public class UnverifiedAccounts {

  private static final Logger LOG = Logger.getLogger(UnverifiedAccounts.class.getName());

  /** What an unconfirmed account can have besides itself, deleted before it (foreign keys). */
  private static final List<String> BELONGINGS =
      List.of(
          "DELETE FROM one_time_token WHERE account_id = ?1",
          "DELETE FROM recovery_code WHERE account_id = ?1",
          "DELETE FROM access_token WHERE account_id = ?1",
          "DELETE FROM mail_preference WHERE account_id = ?1",
          "DELETE FROM data_export WHERE account_id = ?1");

  @PersistenceContext EntityManager em;
  @Inject Configuration configuration;
  @Inject SecurityLog log;
  @Inject Clock clock;
  @Resource SessionContext context;

  @Schedule(hour = "3", minute = "23", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void daily() {
    int days = configuration.days("PARITY_UNVERIFIED_ACCOUNT_DAYS", 30);
    removeCreatedBefore(clock.instant().minus(Duration.ofDays(days)));
  }

  /** Removes every unconfirmed account made before the cutoff, each in its own transaction. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int removeCreatedBefore(Instant cutoff) {
    UnverifiedAccounts self = context.getBusinessObject(UnverifiedAccounts.class);
    int removed = 0;
    for (long id : self.createdBefore(cutoff)) {
      try {
        self.remove(id);
        removed++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Unverified account " + id + " holds more; left in place", e);
      }
    }
    if (removed > 0) {
      self.logRemoved(removed);
    }
    return removed;
  }

  public List<Long> createdBefore(Instant cutoff) {
    return em.createQuery(
            "select a.id from Account a where a.emailVerifiedAt is null and a.enabled = true"
                + " and a.createdAt < :cutoff",
            Long.class)
        .setParameter("cutoff", cutoff)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void remove(long id) {
    Account account = em.find(Account.class, id);
    if (account == null || account.isEmailVerified()) {
      return;
    }
    for (String delete : BELONGINGS) {
      em.createNativeQuery(delete).setParameter(1, id).executeUpdate();
    }
    em.remove(account);
    em.flush();
  }

  public void logRemoved(int count) {
    log.record(
        SecurityEvent.Kind.UNVERIFIED_ACCOUNTS_REMOVED,
        null,
        count + (count == 1 ? " account" : " accounts") + " never confirmed");
  }
}
