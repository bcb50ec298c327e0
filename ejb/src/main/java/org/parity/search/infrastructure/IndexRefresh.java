package org.parity.search.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;

/**
 * Reindexes entities in place, a batch per transaction: each document is replaced, never removed
 * first, so searches find everything while an administrator's rebuild runs. (The mass indexer
 * cannot do this: without a purge first it adds a second copy of every document.)
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IndexRefresh {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public List<Long> ids(Class<?> type) {
    return em.createQuery(
            "select e.id from " + type.getSimpleName() + " e order by e.id", Long.class)
        .getResultList();
  }

  /** Answers how many were reindexed; the index is written when the transaction commits. */
  public int reindex(Class<?> type, List<Long> ids) {
    List<?> entities =
        em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
            .setParameter("ids", ids)
            .getResultList();
    var plan = Search.session(em).indexingPlan();
    entities.forEach(plan::addOrUpdate);
    return entities.size();
  }

  /**
   * Records that the shared index is built for this mapping version, committed at once; false when
   * it already was. Two nodes recording it at the same moment: the second fails at commit.
   */
  public boolean recordMappingVersion(String version, String node) {
    Number recorded =
        (Number)
            em.createNativeQuery(
                    "select count(*) from search_index_version where mapping_version = ?1")
                .setParameter(1, version)
                .getSingleResult();
    if (recorded.longValue() > 0) {
      return false;
    }
    em.createNativeQuery(
            "insert into search_index_version (mapping_version, built_by, built_at)"
                + " values (?1, ?2, ?3)")
        .setParameter(1, version)
        .setParameter(2, node)
        .setParameter(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .executeUpdate();
    return true;
  }
}
