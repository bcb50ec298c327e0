package org.parity.benchmark.search;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Duration;
import org.hibernate.search.mapper.orm.Search;
import org.parity.casestudy.domain.CaseStudy;

/**
 * Builds Parity's case-study index in one pass with Hibernate Search's mass indexer, as Parity
 * itself does when its index is empty, after the benchmark stored the rows with JDBC.
 */
@Dependent
public class CorpusIndexer {

  /** Parity's persistence unit, which lives in the EJB module beside this test module. */
  @PersistenceUnit(unitName = "../parity-ejb.jar#parity")
  EntityManagerFactory emf;

  Duration rebuild() throws InterruptedException {
    long started = System.nanoTime();
    Search.mapping(emf)
        .scope(CaseStudy.class)
        .massIndexer()
        .purgeAllOnStart(true)
        .threadsToLoadObjects(2)
        .batchSizeToLoadObjects(100)
        .mergeSegmentsOnFinish(true)
        .startAndWait();
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** Parity's index without its service, for the report's diagnostic row. */
  SearchEngine bare() {
    return new BareIndexEngine(emf);
  }

  long indexed() {
    EntityManager em = emf.createEntityManager();
    try {
      return Search.session(em)
          .search(CaseStudy.class)
          .where(f -> f.matchAll())
          .fetchTotalHitCount();
    } finally {
      em.close();
    }
  }
}
