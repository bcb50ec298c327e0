package org.parity.search.application;

import java.util.List;

/** One page of results, with the facet counts for everything that matched. */
public record SearchResults(
    long total, int page, int pageSize, List<SearchHit> hits, List<FacetCount> facets) {

  public static SearchResults none(int pageSize) {
    return new SearchResults(0, 1, pageSize, List.of(), List.of());
  }

  public int pages() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }
}
