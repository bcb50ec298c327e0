package org.parity.benchmark.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs wrk (Debian's package; the {@code benchmark-load} profile installs it) with the benchmark's
 * load: two threads, fifty connections, one of the Lua scripts under {@code benchmark/load/}.
 */
final class Wrk {

  private static final String WRK = "/usr/bin/wrk";
  static final int CONNECTIONS = 50;

  private final Path scripts;
  private final Map<String, String> environment;

  /**
   * @param scripts the folder of the Lua scripts; wrk runs there, so that they find summary.lua
   * @param environment what the scripts read: PARITY_COOKIES and PARITY_PATHS
   */
  Wrk(Path scripts, Map<String, String> environment) {
    this.scripts = scripts;
    this.environment = environment;
  }

  WrkResult run(String script, String url, Duration duration)
      throws IOException, InterruptedException {
    List<String> command =
        List.of(
            WRK,
            "-t2",
            "-c" + CONNECTIONS,
            "-d" + duration.toSeconds() + "s",
            "--latency",
            // wrk's default of 2 s would drop the slowest responses from the percentiles.
            "--timeout",
            "10s",
            "-s",
            scripts.resolve(script).toString(),
            url);
    ProcessBuilder builder = new ProcessBuilder(command).directory(scripts.toFile());
    builder.environment().putAll(environment);
    Process wrk = builder.redirectErrorStream(true).start();
    String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (wrk.waitFor() != 0) {
      throw new IllegalStateException("wrk " + command + " failed:\n" + output);
    }
    return WrkResult.parse(output);
  }
}
