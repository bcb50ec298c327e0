package org.parity.search.application;

import java.time.Instant;

/**
 * Where the latest rebuild of the search index is.
 *
 * @param percent 0–100, for the progress bar
 * @param failure what went wrong, or null
 */
public record IndexStatus(
    boolean running,
    int percent,
    long indexed,
    long total,
    Instant startedAt,
    Instant finishedAt,
    String failure) {

  public static IndexStatus never() {
    return new IndexStatus(false, 0, 0, 0, null, null, null);
  }
}
