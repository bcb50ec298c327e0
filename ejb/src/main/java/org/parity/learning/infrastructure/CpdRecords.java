package org.parity.learning.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.learning.domain.CpdEntry;
import org.parity.learning.domain.CpdTarget;
import org.parity.learning.domain.Evidence;
import org.parity.learning.domain.PracticeSummary;

/** CPD log entries and yearly targets, as stored with JPA. */
@Dependent
public class CpdRecords {

  @PersistenceContext EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void remove(CpdEntry entry) {
    em.remove(entry);
  }

  public Optional<CpdEntry> entry(long id) {
    return Optional.ofNullable(em.find(CpdEntry.class, id));
  }

  /** The attendance entry a network event's registration wrote, if any. */
  public Optional<CpdEntry> forEventRegistration(long registrationId) {
    return em.createNamedQuery("CpdEntry.forEventRegistration", CpdEntry.class)
        .setParameter("registration", registrationId)
        .getResultStream()
        .findFirst();
  }

  public List<CpdEntry> inPeriod(Account learner, LocalDate from, LocalDate to) {
    return em.createNamedQuery("CpdEntry.findInPeriod", CpdEntry.class)
        .setParameter("learner", learner)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  public Optional<Evidence> evidence(long id) {
    return Optional.ofNullable(em.find(Evidence.class, id));
  }

  public void remove(Evidence evidence) {
    em.remove(evidence);
  }

  /** The learner's evidence besides CPD in the period, oldest first. */
  public List<Evidence> evidenceInPeriod(Account learner, LocalDate from, LocalDate to) {
    return em.createQuery(
            "select e from Evidence e where e.learner = :learner and e.occurredOn between :from"
                + " and :to order by e.occurredOn, e.id",
            Evidence.class)
        .setParameter("learner", learner)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  public Optional<PracticeSummary> practiceSummary(Account learner) {
    return Optional.ofNullable(em.find(PracticeSummary.class, learner.getId()));
  }

  public Optional<CpdTarget> target(Account learner) {
    return Optional.ofNullable(em.find(CpdTarget.class, learner.getId()));
  }
}
