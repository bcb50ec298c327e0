package org.parity.benchmark.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The load benchmark's results as Markdown: a row per wrk run, the soak's heap, and each page
 * against the floor (a plain servlet sending the same bytes), which is the figure to compare across
 * machines.
 */
final class LoadReport {

  private final List<Run> runs;
  private final Run floor;
  private final Soak soak;
  private final Duration duration;
  private final Duration warmup;
  private final Duration soakTime;

  LoadReport(
      List<Run> runs, Run floor, Soak soak, Duration duration, Duration warmup, Duration soakTime) {
    this.runs = runs;
    this.floor = floor;
    this.soak = soak;
    this.duration = duration;
    this.warmup = warmup;
    this.soakTime = soakTime;
  }

  String markdown() {
    StringBuilder out = new StringBuilder("# Load benchmark\n\n");
    Markdown.line(
        out,
        "Run %s. Each page read by wrk with %d connections (2 threads) for %d s after %d s of"
            + " unreported warm-up; a thread of %d posts, %d signed-in readers whose sessions the"
            + " signed-in runs take turns with.%n%n",
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        Wrk.CONNECTIONS,
        duration.toSeconds(),
        warmup.toSeconds(),
        LoadSeed.POSTS,
        LoadSeed.READERS);
    out.append(
        "| Page | Who | req/s | p50 (ms) | p95 (ms) | p99 (ms) | errors | server CPU ms/req |"
            + " JIT compiler ms/req | sessions created |\n");
    out.append("|---|---|---:|---:|---:|---:|---|---:|---:|---:|\n");
    row(out, floor);
    for (Run run : runs) {
      row(out, run);
    }
    floorRatios(out);
    soak(out);
    method(out);
    return out.toString();
  }

  private void floorRatios(StringBuilder out) {
    out.append("\n## Against the floor\n\n");
    out.append(
        "How many times the floor's CPU each request costs the server, and what share of the"
            + " floor's throughput the page reaches.\n\n");
    out.append("| Page | Who | CPU/request ÷ floor | req/s ÷ floor |\n|---|---|---:|---:|\n");
    for (Run run : runs) {
      Markdown.line(
          out,
          "| %s | %s | %.1f× | %.2f |%n",
          run.target(),
          run.who(),
          run.cpuMillisPerRequest() / floor.cpuMillisPerRequest(),
          run.wrk().requestsPerSecond() / floor.wrk().requestsPerSecond());
    }
  }

  private void soak(StringBuilder out) {
    Run traffic = soak.traffic();
    out.append("\n## Soak\n\n");
    Markdown.line(
        out,
        "%d s of every page in turn, a round anonymous and a round signed in, %d connections:"
            + " %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %s, server CPU %.2f"
            + " ms/req (and %.2f ms/req compiling), %d sessions created (%d active"
            + " afterwards).%n%n",
        soakTime.toSeconds(),
        Wrk.CONNECTIONS,
        traffic.wrk().requestsPerSecond(),
        traffic.wrk().p50Micros() / 1000.0,
        traffic.wrk().p95Micros() / 1000.0,
        traffic.wrk().p99Micros() / 1000.0,
        traffic.wrk().errorsByKind(),
        traffic.cpuMillisPerRequest(),
        traffic.compilingMillisPerRequest(),
        traffic.sessionsCreated(),
        soak.activeSessionsAfter());
    out.append("| Heap after a full GC | MB |\n|---|---:|\n");
    Markdown.line(out, "| before the soak | %.1f |%n", soak.heapBefore() / 1048576.0);
    Markdown.line(out, "| after the soak | %.1f |%n", soak.heapAfter() / 1048576.0);
    Markdown.line(
        out,
        "%nGrowth %+.1f%%: %s (the limit is %.0f%%).%n",
        soak.growth() * 100,
        soak.heapHeld() ? "held" : "NOT held",
        Soak.MOST_GROWTH * 100);
  }

  private static void method(StringBuilder out) {
    out.append("\n## How it was measured\n\n");
    out.append(
        "- wrk's latencies are client-side, request sent to last byte read. Errors are wrk's:"
            + " connect, read, write, timeout (over 10 s) and status (any answer but 2xx or"
            + " 3xx); the benchmark fails on status errors only.\n");
    out.append(
        "- Server CPU: user plus system time of the WildFly process from `/proc/<pid>/stat`"
            + " across the measured run, less its JIT compiler threads' (`/proc/<pid>/task`,"
            + " reported apart: the compiler goes on for minutes after a start, whatever the"
            + " page), divided by the run's requests. Sessions created: how much the web"
            + " module's `active-sessions` grew over the run, through `jboss-cli.sh`.\n");
    Markdown.line(
        out,
        "- Server: WildFly %s started with `%s` (the profile fixes the heap at 512 MB), on the"
            + " same machine as wrk. Machine: %d cores, Java %s.%n",
        System.getProperty("wildfly.version", "?"),
        System.getProperty("it.jvm.args", ""),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    out.append(
        "- This is a benchmark, not a test: it never fails on time. The client and the server"
            + " share the CPUs, so compare the ratios to the floor rather than milliseconds across"
            + " machines.\n");
  }

  private static void row(StringBuilder out, Run run) {
    WrkResult wrk = run.wrk();
    Markdown.line(
        out,
        "| %s | %s | %.0f | %.1f | %.1f | %.1f | %s | %.2f | %.2f | %d |%n",
        run.target(),
        run.who(),
        wrk.requestsPerSecond(),
        wrk.p50Micros() / 1000.0,
        wrk.p95Micros() / 1000.0,
        wrk.p99Micros() / 1000.0,
        wrk.errorsByKind(),
        run.cpuMillisPerRequest(),
        run.compilingMillisPerRequest(),
        run.sessionsCreated());
  }

  /** Writes the report and answers what it wrote. */
  String write(Path file) throws IOException {
    return Markdown.write(file, markdown());
  }
}
