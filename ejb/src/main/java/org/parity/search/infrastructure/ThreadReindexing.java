package org.parity.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.parity.network.domain.ForumThread;
import org.parity.network.domain.ThreadRevised;

/**
 * Reindexes a thread when a post in it is edited, hidden or restored, at the commit of that change,
 * so hidden text leaves the index as soon as it leaves the page.
 */
@ApplicationScoped
public class ThreadReindexing {

  @PersistenceContext EntityManager em;

  void onRevised(@Observes ThreadRevised revised) {
    ForumThread thread = em.find(ForumThread.class, revised.threadId());
    if (thread != null) {
      // The thread's document reads its visible posts from the database: write the change first.
      em.flush();
      Search.session(em).indexingPlan().addOrUpdate(thread);
    }
  }
}
