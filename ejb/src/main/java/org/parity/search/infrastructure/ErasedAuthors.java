package org.parity.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.parity.identity.application.AccountErased;
import org.parity.network.domain.ForumThread;

/**
 * The index forgets what a person who left asked to take with them: every thread they wrote in is
 * indexed again, at the commit of the erasure, from posts that no longer hold their words.
 */
@ApplicationScoped
public class ErasedAuthors {

  @PersistenceContext EntityManager em;

  void onErased(@Observes AccountErased erased) {
    if (!erased.postsRemoved()) {
      return; // their words stay, under "Former member"; names are not indexed
    }
    SearchIndexingPlan plan = Search.session(em).indexingPlan();
    em.createQuery(
            "select distinct p.thread from ForumPost p where p.author.id = :author",
            ForumThread.class)
        .setParameter("author", erased.accountId())
        .getResultList()
        .forEach(plan::addOrUpdate);
  }
}
