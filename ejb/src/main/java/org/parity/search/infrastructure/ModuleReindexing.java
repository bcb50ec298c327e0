package org.parity.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.ModuleVersionPublished;

/**
 * Reindexes every version of a module when one is published, at the commit of that change, so the
 * version it replaces stops being found (and counted) at once rather than at the next rebuild.
 */
@ApplicationScoped
public class ModuleReindexing {

  @PersistenceContext EntityManager em;

  void onPublished(@Observes ModuleVersionPublished published) {
    // Each version's document asks the database which version is newest: write the change first.
    em.flush();
    SearchIndexingPlan plan = Search.session(em).indexingPlan();
    em.createQuery("select v from ModuleVersion v where v.module.id = :module", ModuleVersion.class)
        .setParameter("module", published.moduleId())
        .getResultList()
        .forEach(plan::addOrUpdate);
  }
}
