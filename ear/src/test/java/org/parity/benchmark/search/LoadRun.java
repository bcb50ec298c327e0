package org.parity.benchmark.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts one engine under load: clients that each send their next query as soon as the last is
 * answered, cycling through the judged queries, first unmeasured (warm-up), then measured.
 */
final class LoadRun {

  private final ExecutorService executor;
  private final int clients;

  LoadRun(ExecutorService executor, int clients) {
    this.executor = executor;
    this.clients = clients;
  }

  Timings run(SearchEngine engine, List<JudgedQuery> queries, int warmup, int measured)
      throws Exception {
    drive(engine, queries, warmup);
    long started = System.nanoTime();
    long[] nanos = drive(engine, queries, measured);
    return new Timings(nanos, System.nanoTime() - started, clients);
  }

  private long[] drive(SearchEngine engine, List<JudgedQuery> queries, int total) throws Exception {
    AtomicInteger next = new AtomicInteger();
    long[] nanos = new long[total];
    List<Future<Void>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      running.add(
          executor.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                  String query = queries.get(i % queries.size()).text();
                  long started = System.nanoTime();
                  engine.topTen(query);
                  nanos[i] = System.nanoTime() - started;
                }
                return null;
              }));
    }
    for (Future<Void> client : running) {
      client.get();
    }
    return nanos;
  }
}
