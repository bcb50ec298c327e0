package org.parity.search.infrastructure;

import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/** Counts what one run of the mass indexer has done, for the progress bar on /admin. */
final class IndexProgress implements MassIndexingMonitor {

  private final AtomicLong total = new AtomicLong();
  private final AtomicLong added = new AtomicLong();
  private volatile boolean finished;

  @Override
  public void documentsAdded(long increment) {
    added.addAndGet(increment);
  }

  @Override
  public void documentsBuilt(long increment) {
    // Added (written to the index) is what the reader cares about.
  }

  @Override
  public void entitiesLoaded(long increment) {
    // As above.
  }

  @Override
  public void addToTotalCount(long increment) {
    total.addAndGet(increment);
  }

  @Override
  public void indexingCompleted() {
    finished = true;
  }

  long total() {
    return total.get();
  }

  long added() {
    return added.get();
  }

  boolean finished() {
    return finished;
  }

  /** 0–100; 100 only once the indexer says it has finished. */
  int percent() {
    if (finished) {
      return 100;
    }
    long all = total.get();
    return all == 0 ? 0 : (int) Math.min(99, added.get() * 100 / all);
  }
}
