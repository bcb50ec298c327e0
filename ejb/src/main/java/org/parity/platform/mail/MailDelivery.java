package org.parity.platform.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parity.platform.health.ScheduledWork;
import org.parity.platform.health.TimerClaims;

/**
 * Delivers outbox mail through WildFly's mail session: right after the writing transaction commits,
 * and again every minute for whatever failed, so a page never waits for, or fails with, the mail
 * server.
 */
@Stateless
@ScheduledWork
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  /** Longer than any send takes (the mail server's timeouts): a claim older than this ran out. */
  static final Duration CLAIM = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Resource(lookup = "java:jboss/mail/Parity")
  Session session;

  @Resource jakarta.ejb.SessionContext context;

  public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    context.getBusinessObject(MailDelivery.class).deliverLater(queued.mailId());
  }

  @Asynchronous
  public void deliverLater(long mailId) {
    deliver(mailId);
  }

  @Schedule(minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void retryDue() {
    List<Long> due =
        em.createNamedQuery("OutgoingMail.findDue", Long.class)
            .setParameter("maxAttempts", OutgoingMail.MAX_ATTEMPTS)
            .setParameter("now", clock.instant())
            .setMaxResults(50)
            .getResultList();
    MailDelivery self = context.getBusinessObject(MailDelivery.class);
    due.forEach(self::deliver);
  }

  /**
   * Sends one mail, once: the node that claims it sends it and records how it went; a node that
   * finds it claimed, or sent, leaves it. Only a node dying between the mail server's acceptance
   * and the record could send it again, once its claim has run out.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void deliver(long mailId) {
    MailDelivery self = context.getBusinessObject(MailDelivery.class);
    Letter letter;
    try {
      letter = self.claim(mailId, TimerClaims.node());
    } catch (EJBException taken) {
      return;
    }
    if (letter == null) {
      return;
    }
    String error = null;
    try {
      // A send never outlasts its claim: the mail server gets a minute to answer each step.
      for (String step : List.of("connectiontimeout", "timeout", "writetimeout")) {
        session.getProperties().putIfAbsent("mail.smtp." + step, "60000");
      }
      MimeMessage message = new MimeMessage(session);
      message.setFrom();
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.recipient()));
      message.setSubject(letter.subject(), "UTF-8");
      message.setText(letter.body(), "UTF-8");
      Transport.send(message);
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING, "Mail {0} not delivered yet: {1}", new Object[] {mailId, e.getMessage()});
      error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    self.record(mailId, error);
  }

  /** What goes out. */
  public record Letter(String recipient, String subject, String body) {}

  /** Claims the mail for this node, committed before it is sent; null when it is not to be sent. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Letter claim(long mailId, String node) {
    OutgoingMail mail = em.find(OutgoingMail.class, mailId);
    Instant now = clock.instant();
    if (mail == null || !mail.claimForSending(node, now, now.plus(CLAIM))) {
      return null;
    }
    return new Letter(mail.getRecipient(), mail.getSubject(), mail.getBody());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(long mailId, String error) {
    OutgoingMail mail = em.find(OutgoingMail.class, mailId);
    if (error == null) {
      mail.delivered(clock.instant());
    } else {
      mail.failed(error);
    }
  }
}
