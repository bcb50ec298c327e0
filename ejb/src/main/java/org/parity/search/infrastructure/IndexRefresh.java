package org.parity.search.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
