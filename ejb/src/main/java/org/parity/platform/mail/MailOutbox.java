package org.parity.platform.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.parity.identity.domain.EmailAddress;
import org.parity.platform.Configuration;

/** Writes mail into the outbox inside the caller's transaction; lists it for administrators. */
@Stateless
@PermitAll
public class MailOutbox {

  @PersistenceContext EntityManager em;
  @Inject Configuration configuration;
  @Inject Clock clock;
  @Inject Event<MailQueued> queued;

  public void enqueue(String recipient, String subject, String body, String actionUrl) {
    OutgoingMail mail =
        new OutgoingMail(
            recipient, subject, body, actionUrl, configuration.smtpConfigured(), clock.instant());
    em.persist(mail);
    em.flush();
    if (mail.getStatus() == OutgoingMail.Status.PENDING) {
      queued.fire(new MailQueued(mail.getId()));
    }
  }

  @RolesAllowed("ADMIN")
  public List<OutgoingMail> newestFirst(int first, int max) {
    return em.createNamedQuery("OutgoingMail.findNewestFirst", OutgoingMail.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** The mail written to one address, newest first; a blank address means every mail. */
  @RolesAllowed("ADMIN")
  public List<OutgoingMail> newestFirst(String recipient, int first, int max) {
    if (recipient == null || recipient.isBlank()) {
      return newestFirst(first, max);
    }
    return em.createQuery(
            "select m from OutgoingMail m where m.recipient = :to order by m.createdAt desc, m.id desc",
            OutgoingMail.class)
        .setParameter("to", EmailAddress.normalise(recipient))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @RolesAllowed("ADMIN")
  public long count(String recipient) {
    if (recipient == null || recipient.isBlank()) {
      return count();
    }
    return em.createQuery("select count(m) from OutgoingMail m where m.recipient = :to", Long.class)
        .setParameter("to", EmailAddress.normalise(recipient))
        .getSingleResult();
  }

  /** Mail waiting to go out: the operators' queue length (no addresses, so anyone may know it). */
  public long pending() {
    return em.createNamedQuery("OutgoingMail.countPending", Long.class).getSingleResult();
  }

  @RolesAllowed("ADMIN")
  public long count() {
    return em.createNamedQuery("OutgoingMail.count", Long.class).getSingleResult();
  }
}
