package org.parity.benchmark;

import java.util.ArrayList;
import java.util.List;

/** The response times of one page, in nanoseconds, and the figures the report gives for them. */
final class Latencies {

  private final String label;
  private final List<Long> samples = new ArrayList<>();
  private long bytes;

  Latencies(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  void add(long nanos, int bodyBytes) {
    samples.add(nanos);
    bytes = bodyBytes;
  }

  int count() {
    return samples.size();
  }

  /** The size of the last body read, so the report shows the pages weigh about the same. */
  long bodyBytes() {
    return bytes;
  }

  double p50Millis() {
    return percentileMillis(50);
  }

  double p95Millis() {
    return percentileMillis(95);
  }

  double meanMillis() {
    return samples.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
  }

  /** Nearest rank: the smallest sample that at least {@code percent}% of samples do not exceed. */
  double percentileMillis(int percent) {
    if (samples.isEmpty()) {
      return 0;
    }
    List<Long> sorted = samples.stream().sorted().toList();
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }
}
