package org.parity.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.parity.identity.domain.SecurityEvent;

/** The security log as stored with JPA: added to, and read newest first with filters. */
@Dependent
public class SecurityEvents {

  @PersistenceContext EntityManager em;

  public void add(SecurityEvent event) {
    em.persist(event);
  }

  /** What the log's filters choose: a kind, a text in the actor or subject, a period. */
  public record Filter(SecurityEvent.Kind kind, String text, Instant from, Instant to) {}

  public List<SecurityEvent> newestFirst(Filter filter, int first, int max) {
    return query(
            filter,
            SecurityEvent.class,
            "select e from SecurityEvent e",
            " order by e.occurredAt desc, e.id desc")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(Filter filter) {
    return query(filter, Long.class, "select count(e) from SecurityEvent e", "").getSingleResult();
  }

  private <T> TypedQuery<T> query(Filter filter, Class<T> type, String select, String order) {
    String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
    TypedQuery<T> query =
        em.createQuery(
            select
                + " where (:kind is null or e.kind = :kind)"
                + " and (:text = '' or lower(e.actor) like :pattern or lower(e.subject) like :pattern)"
                + " and (:from is null or e.occurredAt >= :from)"
                + " and (:to is null or e.occurredAt < :to)"
                + order,
            type);
    return query
        .setParameter("kind", filter.kind())
        .setParameter("text", text)
        .setParameter("pattern", "%" + text.replace("%", "").replace("_", "") + "%")
        .setParameter("from", filter.from())
        .setParameter("to", filter.to());
  }
}
