package org.parity.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.DataExport;

/**
 * Copies of people's data as stored with JPA. Lists and look-ups read the row without its archive
 * (a projection); only a download reads the bytes.
 */
@Dependent
public class DataExports {

  /** A copy as a list shows it: never the archive itself. */
  public record Summary(
      long id,
      String requestedBy,
      String person,
      String personName,
      DataExport.Status status,
      int partsDone,
      int partsTotal,
      Instant requestedAt,
      Instant expiresAt,
      Long sizeBytes) {}

  private static final String SUMMARY =
      "select new org.parity.identity.infrastructure.DataExports$Summary(e.id, e.requestedBy,"
          + " a.email, a.displayName, e.status, e.partsDone, e.partsTotal, e.requestedAt, e.expiresAt,"
          + " e.sizeBytes) from DataExport e join e.account a";

  @PersistenceContext EntityManager em;

  public void add(DataExport export) {
    em.persist(export);
  }

  public Optional<DataExport> byId(long id) {
    return Optional.ofNullable(em.find(DataExport.class, id));
  }

  /** The copies one person asked for (of their own data, or, for an administrator, of others'). */
  public List<Summary> requestedBy(String email, int max) {
    return em.createQuery(
            SUMMARY + " where e.requestedBy = :email order by e.requestedAt desc", Summary.class)
        .setParameter("email", email)
        .setMaxResults(max)
        .getResultList();
  }

  public Optional<Summary> summary(long id) {
    return em.createQuery(SUMMARY + " where e.id = :id", Summary.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public byte[] archive(long id) {
    return em.createQuery("select e.content from DataExport e where e.id = :id", byte[].class)
        .setParameter("id", id)
        .getSingleResult();
  }

  /**
   * A copy of this person's data this requester asked for since {@code since}, still being made.
   */
  public boolean beingMade(Account person, String requestedBy, Instant since) {
    return !em.createQuery(
            "select e.id from DataExport e where e.account = :person and e.requestedBy = :by"
                + " and e.status = :making and e.requestedAt > :since",
            Long.class)
        .setParameter("person", person)
        .setParameter("by", requestedBy)
        .setParameter("making", DataExport.Status.MAKING)
        .setParameter("since", since)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Copies still "being made" since before {@code before}: their maker died with its server. */
  public List<Long> stuckSince(Instant before) {
    return em.createQuery(
            "select e.id from DataExport e where e.status = :making and e.requestedAt < :before",
            Long.class)
        .setParameter("making", DataExport.Status.MAKING)
        .setParameter("before", before)
        .getResultList();
  }

  /** Ready copies whose week is over. */
  public List<Long> expiredBy(Instant now) {
    return em.createQuery(
            "select e.id from DataExport e where e.status = :ready and e.expiresAt < :now",
            Long.class)
        .setParameter("ready", DataExport.Status.READY)
        .setParameter("now", now)
        .getResultList();
  }
}
