package org.parity.benchmark.search;

import java.util.List;
import org.parity.search.application.Search;
import org.parity.search.application.SearchHit;
import org.parity.search.application.SearchRequest;
import org.parity.search.infrastructure.SearchMapping;

/** Parity's search service, called in the server as its pages call it, by an anonymous reader. */
record ServiceEngine(Search search) implements SearchEngine {

  @Override
  public String name() {
    return "Parity, `Search` service (in-process)";
  }

  @Override
  public List<String> topTen(String query) {
    return search.search(SearchRequest.of(query, SearchMapping.CASE_STUDY, 10)).hits().stream()
        .map(SearchHit::slug)
        .toList();
  }
}
