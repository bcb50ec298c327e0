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
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.SecurityEvent;
import org.parity.platform.OutOfTurn;
import org.parity.platform.health.ScheduledWork;

/**
 * Erases, every hour, the accounts whose cooling-off week has ended, each in its own transaction so
 * one that fails (logged, tried again next hour) holds up no other.
 */
@Stateless
@ScheduledWork
public class ClosingAccounts {

  private static final Logger LOG = Logger.getLogger(ClosingAccounts.class.getName());

  @PersistenceContext EntityManager em;
  @Inject AccountErasure erasure;
  @Inject SecurityLog log;
  @Inject IdentityMail mail;
  @Inject Clock clock;
  @Resource SessionContext context;

  @Schedule(hour = "*", minute = "41", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void hourly() {
    eraseDueBy(clock.instant());
  }

  /** Erases every account due to close by {@code now}; how many went. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int eraseDueBy(Instant now) {
    ClosingAccounts self = context.getBusinessObject(ClosingAccounts.class);
    int erased = 0;
    for (long id : self.dueBy(now)) {
      try {
        if (self.erase(id, now)) {
          erased++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Account " + id + " was due to close and could not be erased", e);
      }
    }
    return erased;
  }

  public List<Long> dueBy(Instant now) {
    return em.createQuery(
            "select a.id from Account a where a.closureDueAt <= :now order by a.closureDueAt",
            Long.class)
        .setParameter("now", now)
        .getResultList();
  }

  /** Erases the account if it is still due (not cancelled meanwhile). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean erase(long id, Instant now) {
    Account account = em.find(Account.class, id);
    if (account == null
        || account.getClosureDueAt() == null
        || account.getClosureDueAt().isAfter(now)) {
      return false;
    }
    try {
      erasure.erase(account, account.isClosureRemovesPosts(), null);
      return true;
    } catch (OutOfTurn refused) {
      // It can never happen as things stand (the last administrator): say so, not retry forever.
      account.cancelClosure();
      log.record(SecurityEvent.Kind.CLOSURE_CANCELLED, account.getEmail(), refused.getMessage());
      mail.closureRefused(account, refused.getMessage());
      return false;
    }
  }
}
