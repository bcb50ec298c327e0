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

  public List<CpdEntry> inPeriod(Account learner, LocalDate from, LocalDate to) {
    return em.createNamedQuery("CpdEntry.findInPeriod", CpdEntry.class)
        .setParameter("learner", learner)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  public Optional<CpdTarget> target(Account learner) {
    return Optional.ofNullable(em.find(CpdTarget.class, learner.getId()));
  }
}
