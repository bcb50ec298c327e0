package org.parity.benchmark.load;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Runs wrk against one page and meters the server while it does: its CPU time, read from /proc
 * around the run, and the sessions it created, read through the CLI outside it (the CLI's own work
 * must not count against the page).
 */
final class Meter {

  private final Wrk wrk;
  private final ServerProcess server;
  private final ServerCli cli;
  private final PrintStream progress;

  Meter(Wrk wrk, ServerProcess server, ServerCli cli, PrintStream progress) {
    this.wrk = wrk;
    this.server = server;
    this.cli = cli;
    this.progress = progress;
  }

  /**
   * Every page in turn for {@code time}, not reported: the server's compiler then has the shared
   * code (layout, security, queries) ready before the first page is measured, not during it.
   */
  void warmUpAll(String home, Duration time) throws IOException, InterruptedException {
    if (!time.isZero()) {
      wrk.run("mixed.lua", home, time);
    }
  }

  /** A warm-up run (unless {@code warmup} is zero), not reported, then the measured run. */
  Run measure(
      String target, String who, String script, String url, Duration warmup, Duration duration)
      throws IOException, InterruptedException {
    if (!warmup.isZero()) {
      wrk.run(script, url, warmup);
    }
    long sessionsBefore = cli.activeSessions();
    ServerProcess.CpuReading before = server.cpu();
    WrkResult result = wrk.run(script, url, duration);
    ServerProcess.CpuReading after = server.cpu();
    Run run =
        new Run(
            target,
            who,
            result,
            after.totalSince(before),
            after.compilingSince(before),
            cli.activeSessions() - sessionsBefore);
    progress.printf(
        "%s, %s: %.0f req/s, p50 %.1f ms, errors %s, %.2f CPU ms/req (and %.2f compiling)%n",
        target,
        who,
        result.requestsPerSecond(),
        result.p50Micros() / 1000.0,
        result.errorsByKind(),
        run.cpuMillisPerRequest(),
        run.compilingMillisPerRequest());
    return run;
  }
}
