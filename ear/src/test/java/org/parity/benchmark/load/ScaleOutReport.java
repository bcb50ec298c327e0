package org.parity.benchmark.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** The scale-out benchmark's report, in Markdown: one row a setup, ratios to the baseline's. */
record ScaleOutReport(
    List<ScaleOutBenchmark.Setup> setups,
    ScaleOutBenchmark.Setup baseline,
    long written,
    long stored,
    Duration warmup,
    Duration duration) {

  String markdown() {
    StringBuilder out = new StringBuilder();
    Markdown.line(out, "# Scale-out: one node and two (%s)%n%n", LocalDate.now());
    out.append(
        "| Setup | Requests/s | vs Lucene | p50 ms | p95 ms | vs Lucene | p99 ms | Replies taken"
            + " | Errors | CPU ms/request: WildFly | OpenSearch | Galera | HAProxy | All |"
            + " vs Lucene | Warm-up s |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (ScaleOutBenchmark.Setup setup : setups) {
      WrkResult wrk = setup.wrk();
      Markdown.line(
          out,
          "| %s | %.0f | %.2f× | %.1f | %.1f | %.2f× | %.1f | %d of %d | %s | %.2f | %.2f | %.2f"
              + " | %.2f | %.2f | %.2f× | %d |%n",
          setup.name(),
          wrk.requestsPerSecond(),
          wrk.requestsPerSecond() / baseline.wrk().requestsPerSecond(),
          wrk.p50Micros() / 1000.0,
          wrk.p95Micros() / 1000.0,
          (double) wrk.p95Micros() / baseline.wrk().p95Micros(),
          wrk.p99Micros() / 1000.0,
          wrk.writesCreated(),
          wrk.writesSent(),
          wrk.errorsByKind(),
          cpu(setup, "WildFly"),
          cpu(setup, "OpenSearch"),
          cpu(setup, "Galera"),
          cpu(setup, "HAProxy"),
          setup.totalCpuMillisPerRequest(),
          setup.totalCpuMillisPerRequest() / baseline.totalCpuMillisPerRequest(),
          setup.warmedUp().toSeconds());
    }
    out.append('\n');
    Markdown.line(
        out,
        "- Traffic: wrk, %d connections on 2 threads, through HAProxy: the load benchmark's"
            + " pages (a 500-post thread's first and last pages, a one-post thread, a case-study"
            + " search, a curriculum, the home page) in turn, anonymous and signed in by turns,"
            + " and one request in %d a reply through the API by one of four facilitators to one"
            + " of eight threads. Each setup: the same traffic, not reported, for at least %d s and"
            + " until the WildFly nodes' JIT compilers took under 5%% of their CPU over half a"
            + " minute (at most ten minutes; the warm-up column), then %d s measured.%n",
        Wrk.CONNECTIONS,
        ScaleOutBenchmark.WRITE_EVERY,
        warmup.toSeconds(),
        duration.toSeconds());
    out.append(
        "- Setups, in the order run: two WildFly nodes on OpenSearch behind HAProxy (sticky by"
            + " its cookie); node 2 killed (SIGKILL), node 1 alone on OpenSearch; node 1 started"
            + " again alone on its own Lucene index, the baseline (Parity's default search). Under"
            + " every setup: three Galera nodes (every WildFly node writing to the first),"
            + " OpenSearch (idle under Lucene) and HAProxy.\n");
    out.append(
        "- CPU: each server process's user and system time from /proc over the measured run,"
            + " its JIT compiler threads' apart, divided by the run's requests.\n");
    Markdown.line(
        out,
        "- Replies answered 201, warm-ups included: %d; in their threads afterwards: %d.%n",
        written,
        stored);
    Markdown.line(
        out,
        "- Machine: %d cores shared by wrk, HAProxy, OpenSearch, three Galera nodes and the"
            + " WildFly nodes; Java %s. A benchmark, not a test: compare the ratios, measured in"
            + " one run, not milliseconds across machines.%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    return out.toString();
  }

  private static double cpu(ScaleOutBenchmark.Setup setup, String role) {
    return setup.cpuMillisPerRequest().getOrDefault(role, 0.0);
  }

  /** Writes the report and answers what it wrote. */
  String write(Path file) throws IOException {
    return Markdown.write(file, markdown());
  }
}
