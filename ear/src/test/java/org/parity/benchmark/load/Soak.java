package org.parity.benchmark.load;

/**
 * The soak: mixed traffic for a long while, between two readings of the heap after a full
 * collection. Growth of 10% or more means something keeps what it should let go.
 */
record Soak(Run traffic, long heapBefore, long heapAfter, long activeSessionsAfter) {

  static final double MOST_GROWTH = 0.10;

  double growth() {
    return (double) (heapAfter - heapBefore) / heapBefore;
  }

  boolean heapHeld() {
    return heapAfter < heapBefore * (1 + MOST_GROWTH);
  }
}
