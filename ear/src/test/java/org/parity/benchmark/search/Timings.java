package org.parity.benchmark.search;

import java.util.Arrays;

/** The latencies of one engine's measured queries, and the wall time they took together. */
record Timings(long[] nanos, long wallNanos, int clients) {

  int count() {
    return nanos.length;
  }

  double p50Millis() {
    return percentileMillis(50);
  }

  double p95Millis() {
    return percentileMillis(95);
  }

  double meanMillis() {
    return Arrays.stream(nanos).average().orElse(0) / 1e6;
  }

  double perSecond() {
    return nanos.length / Math.max(1e-9, wallNanos / 1e9);
  }

  /**
   * One judged query's latency: the clients cycle through the queries, so sample {@code i} is query
   * {@code i % queries}.
   */
  Timings ofQuery(int query, int queries) {
    long[] own = new long[(nanos.length - query + queries - 1) / queries];
    for (int i = query, j = 0; i < nanos.length; i += queries, j++) {
      own[j] = nanos[i];
    }
    return new Timings(own, wallNanos, clients);
  }

  /** Nearest rank: the smallest sample that at least {@code percent}% of samples do not exceed. */
  double percentileMillis(int percent) {
    if (nanos.length == 0) {
      return 0;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
