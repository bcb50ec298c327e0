package org.parity.platform.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parity.platform.health.ScheduledWork;

/**
 * Delivers outbox mail through WildFly's mail session: right after the writing transaction commits,
 * and again every minute for whatever failed, so a page never waits for, or fails with, the mail
 * server.
 */
@Stateless
@ScheduledWork
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

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
            .setMaxResults(50)
            .getResultList();
    MailDelivery self = context.getBusinessObject(MailDelivery.class);
    due.forEach(self::deliver);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void deliver(long mailId) {
    OutgoingMail mail = em.find(OutgoingMail.class, mailId);
    if (mail == null || mail.getStatus() != OutgoingMail.Status.PENDING) {
      return;
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom();
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient()));
      message.setSubject(mail.getSubject(), "UTF-8");
      message.setText(mail.getBody(), "UTF-8");
      Transport.send(message);
      mail.delivered(clock.instant());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING, "Mail {0} not delivered yet: {1}", new Object[] {mailId, e.getMessage()});
      mail.failed(e.getMessage());
    }
  }
}
