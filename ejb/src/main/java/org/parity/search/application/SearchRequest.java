package org.parity.search.application;

import java.util.List;
import java.util.Map;

/**
 * What a reader asked for, as typed: {@link Search} cleans it.
 *
 * @param type caseStudy, module, thread, resource or null for all
 * @param facets facet name → chosen values (values of one facet are alternatives)
 * @param sort "date" for newest first, anything else for relevance
 * @param page from 1
 * @param countFacets false when the page shows no facets: counting them costs a pass over every
 *     match
 */
public record SearchRequest(
    String query,
    String type,
    Map<String, List<String>> facets,
    String sort,
    int page,
    int pageSize,
    boolean countFacets) {

  public SearchRequest(
      String query,
      String type,
      Map<String, List<String>> facets,
      String sort,
      int page,
      int pageSize) {
    this(query, type, facets, sort, page, pageSize, true);
  }

  public static SearchRequest of(String query, String type, int pageSize) {
    return new SearchRequest(query, type, Map.of(), null, 1, pageSize);
  }

  public SearchRequest withoutFacetCounts() {
    return new SearchRequest(query, type, facets, sort, page, pageSize, false);
  }
}
