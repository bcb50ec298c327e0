package org.parity.benchmark.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.parity.casestudy.domain.CaseStudy;
import org.parity.search.infrastructure.SearchFields;

/**
 * A diagnostic, not a way Parity searches: the same index and analysers, asked only for the slugs
 * of the ten best studies that contain every word (no typing-slip clauses, no total, facets or
 * snippets). The gap between this and {@link ServiceEngine} is what the service's extra work costs;
 * the report says so.
 */
record BareIndexEngine(EntityManagerFactory emf) implements SearchEngine {

  @Override
  public String name() {
    return "Diagnostic: same index, all words, top 10 only";
  }

  @Override
  public List<String> topTen(String query) {
    EntityManager em = emf.createEntityManager();
    try {
      return Search.session(em)
          .search(CaseStudy.class)
          .select(f -> f.field(SearchFields.SLUG, String.class))
          .where(
              f ->
                  f.bool()
                      .filter(f.match().field(SearchFields.VISIBLE).matching(true))
                      .must(
                          f.simpleQueryString()
                              .field(SearchFields.TEXT)
                              .matching(query)
                              .defaultOperator(BooleanOperator.AND)))
          .fetchHits(10);
    } finally {
      em.close();
    }
  }
}
