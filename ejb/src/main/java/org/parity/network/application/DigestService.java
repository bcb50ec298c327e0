package org.parity.network.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.domain.MailPreference;
import org.parity.network.domain.NetworkMembership;
import org.parity.network.domain.Notification;
import org.parity.network.domain.Readership;
import org.parity.network.infrastructure.Notifications;
import org.parity.platform.health.ScheduledWork;

/**
 * The daily digest: at 07:00 server time (PARITY_DIGEST_AT), one mail to each member on
 * DAILY_DIGEST listing what arrived since their last one and is still unread (and not hidden by a
 * moderator, nor in a network they may no longer read). Each member's digest is its own
 * transaction, so one failure stops nobody else's; a notification goes into one digest only.
 */
@Stateless
@PermitAll
@ScheduledWork
public class DigestService {

  private static final Logger LOG = Logger.getLogger(DigestService.class.getName());

  @Resource SessionContext context;
  @Inject Notifications store;
  @Inject Accounts accounts;
  @Inject NotificationMail mail;
  @Inject Clock clock;

  /** The digests' time of day, PARITY_DIGEST_AT as hour:minute in the calendar's terms. */
  static final String DEFAULT_TIME = "7:0";

  /**
   * Called once as Parity starts ({@link DigestSchedule}): every node keeps the same daily timer,
   * and the firing goes to the one node that claims it (ScheduledWork).
   */
  public void schedule(String time) {
    try {
      dailyAt(time);
    } catch (RuntimeException e) {
      LOG.warning("PARITY_DIGEST_AT=" + time + " is no time of day: digests go at 07:00");
      dailyAt(DEFAULT_TIME);
    }
  }

  private void dailyAt(String time) {
    String[] parts = time.strip().split(":", 2);
    ScheduleExpression when =
        new ScheduleExpression().hour(parts[0]).minute(parts.length > 1 ? parts[1] : "0");
    context.getTimerService().createCalendarTimer(when, new TimerConfig("digests", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void daily(Timer timer) {
    sendDue();
  }

  /** An administrator sends the digests now rather than at 07:00; answers how many went. */
  @RolesAllowed("ADMIN")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sendNow() {
    return sendDue();
  }

  private int sendDue() {
    DigestService self = context.getBusinessObject(DigestService.class);
    int sent = 0;
    for (long accountId : store.accountsWithDigestDue()) {
      try {
        sent += self.sendTo(accountId) ? 1 : 0;
      } catch (EJBException e) {
        LOG.log(Level.WARNING, "Digest for account {0} not sent: {1}", new Object[] {accountId, e});
      }
    }
    return sent;
  }

  /** One member's digest (called by this bean only, in a transaction of its own). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean sendTo(long accountId) {
    Account account = accounts.byId(accountId).orElse(null);
    if (account == null) {
      return false;
    }
    MailPreference preference =
        store
            .preference(accountId)
            .orElseGet(
                () -> {
                  MailPreference created = new MailPreference(accountId);
                  store.add(created);
                  return created;
                });
    if (preference.getChoice() != MailPreference.Choice.DAILY_DIGEST) {
      store.dropDigest(account);
      return false;
    }
    Instant now = clock.instant();
    List<Notification> due = store.digestDue(account);
    List<Notification> listed =
        due.stream()
            .filter(n -> n.getReadAt() == null && !n.getPost().isHidden())
            .filter(n -> stillReadable(n, account))
            .toList();
    due.forEach(n -> n.digested(now));
    if (listed.isEmpty()) {
      return false;
    }
    mail.digest(account, listed, preference, preference.getLastDigestAt());
    preference.digestSent(now);
    return true;
  }

  private boolean stillReadable(Notification n, Account account) {
    Map<Long, NetworkMembership> membership =
        store.memberships(n.getNetwork(), List.of(account.getId()));
    return Readership.mayHearOf(account, n.getThread(), membership.get(account.getId()));
  }
}
