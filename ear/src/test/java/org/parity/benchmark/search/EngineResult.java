package org.parity.benchmark.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one engine scored: its timings under load, and each judged query's precision at 10 (the
 * share of its first ten hits the generator wrote about the query's topics; missing hits count as
 * wrong).
 */
record EngineResult(String name, Timings timings, List<Double> precision, List<Integer> found) {

  static EngineResult judge(
      SearchEngine engine, Timings timings, List<JudgedQuery> queries, Map<String, String> topics)
      throws Exception {
    List<Double> precision = new ArrayList<>();
    List<Integer> found = new ArrayList<>();
    for (JudgedQuery query : queries) {
      List<String> slugs = engine.topTen(query.text());
      Set<String> wanted = query.topics();
      // Starter studies are not the generator's, so they have no topic: never relevant.
      long relevant =
          slugs.stream()
              .limit(10)
              .map(topics::get)
              .filter(topic -> topic != null && wanted.contains(topic))
              .count();
      precision.add(relevant / 10.0);
      found.add(slugs.size());
    }
    return new EngineResult(engine.name(), timings, List.copyOf(precision), List.copyOf(found));
  }

  double meanPrecision() {
    return precision.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  double meanPrecision(List<JudgedQuery> queries, String kind) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < queries.size(); i++) {
      if (queries.get(i).kind().equals(kind)) {
        sum += precision.get(i);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
