package org.parity.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.parity.network.application.ForumService;

/**
 * The forum benchmark's results as Markdown: a table of the three pages, the ratios the target is
 * about, and what the figures were measured on, since they mean little without the machine.
 */
final class BenchmarkReport {

  /** Issue 5's target: the deepest page costs at most this many times the first. */
  static final double TARGET = 1.5;

  private final LongThreadSeed.Forum forum;
  private final int warmup;
  private final Latencies empty;
  private final Latencies first;
  private final Latencies deep;

  BenchmarkReport(
      LongThreadSeed.Forum forum, int warmup, Latencies empty, Latencies first, Latencies deep) {
    this.forum = forum;
    this.warmup = warmup;
    this.empty = empty;
    this.first = first;
    this.deep = deep;
  }

  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Forum pages benchmark\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "Run %s. A thread of %,d posts (%d pages of %d) against a thread with only its opening"
                + " post, read as an anonymous visitor of an open network.%n%n",
            Instant.now().truncatedTo(ChronoUnit.SECONDS),
            forum.posts(),
            pages(),
            ForumService.POSTS_PER_PAGE));
    results(out);
    target(out);
    method(out);
    return out.toString();
  }

  private void results(StringBuilder out) {
    out.append("| Page | p50 (ms) | p95 (ms) | mean (ms) | HTML (KiB) |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    for (Latencies page : List.of(empty, first, deep)) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2f | %.2f | %.2f | %.1f |%n",
              page.label(),
              page.p50Millis(),
              page.p95Millis(),
              page.meanMillis(),
              page.bodyBytes() / 1024.0));
    }
    out.append("\n| Ratio | p50 | p95 | mean |\n|---|---:|---:|---:|\n");
    ratio(out, "page " + pages() + " / page 1", deep, first);
    ratio(out, "page 1 / empty thread", first, empty);
    ratio(out, "page " + pages() + " / empty thread", deep, empty);
  }

  private void target(StringBuilder out) {
    double p50 = deep.p50Millis() / first.p50Millis();
    double p95 = deep.p95Millis() / first.p95Millis();
    out.append(
        String.format(
            Locale.ROOT,
            "%nTarget: page %d within %.1f× of page 1. p50: %s (%.2f×); p95: %s (%.2f×).%n%n",
            pages(),
            TARGET,
            p50 <= TARGET ? "met" : "NOT met",
            p50,
            p95 <= TARGET ? "met" : "NOT met",
            p95));
  }

  private void method(StringBuilder out) {
    out.append("## How it was measured\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "- %d warm-up rounds, then N = %d measured rounds; each round GETs the three pages in"
                + " turn (the order rotates every round), with one keep-alive HTTP client, reading"
                + " the whole HTML body. Times are client-side, request sent to last byte read.%n",
            warmup,
            first.count()));
    out.append(
        String.format(
            Locale.ROOT,
            "- Seeding: the long thread's %,d posts (its opening post, then %,d replies through"
                + " `POST /api/v1/networks/{slug}/threads/{id}/posts`, one after another) in %.0f s"
                + " (%.0f posts/s).%n",
            forum.posts(),
            forum.posts() - 1,
            forum.seeding().toMillis() / 1000.0,
            forum.posts() / Math.max(0.001, forum.seeding().toMillis() / 1000.0)));
    out.append("- Database: ").append(database()).append('\n');
    out.append("- Server: WildFly ")
        .append(System.getProperty("wildfly.version", "?"))
        .append(", started by Arquillian (heap as in `arquillian.xml`), on the same machine.\n");
    out.append("- Machine: ").append(machine()).append('\n');
    out.append(
        "- This is a benchmark, not a test: it fails only if a page shows the wrong posts, never"
            + " on time. The client and the server share the CPUs, so compare ratios within one"
            + " run rather than milliseconds across machines.\n");
  }

  /** Writes the report and answers what it wrote. */
  String write(Path file) throws IOException {
    String markdown = markdown();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, markdown);
    return markdown;
  }

  private int pages() {
    return (forum.posts() + ForumService.POSTS_PER_PAGE - 1) / ForumService.POSTS_PER_PAGE;
  }

  private static void ratio(StringBuilder out, String label, Latencies top, Latencies bottom) {
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %.2f× | %.2f× | %.2f× |%n",
            label,
            top.p50Millis() / bottom.p50Millis(),
            top.p95Millis() / bottom.p95Millis(),
            top.meanMillis() / bottom.meanMillis()));
  }

  /** The database the server was told to use, as `.ci/run` tells it; no credentials. */
  private static String database() {
    String url = System.getenv("PARITY_DB_URL");
    if (url == null || url.isBlank()) {
      return "H2 (embedded, a file in the server's data folder; Parity's default)";
    }
    return System.getenv().getOrDefault("PARITY_DB_DRIVER", "?")
        + " at `"
        + url.replaceAll("\\?.*", "")
        + "`";
  }

  private static String machine() {
    Runtime runtime = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "%d cores (%s), %s RAM, %s %s (%s); Java %s (%s)",
        runtime.availableProcessors(),
        procLine("/proc/cpuinfo", "model name").orElse("CPU model unknown"),
        procLine("/proc/meminfo", "MemTotal").map(BenchmarkReport::gibibytes).orElse("?"),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"));
  }

  /** "24684084 kB", as /proc/meminfo gives it, as "23.5 GiB". */
  private static String gibibytes(String kilobytes) {
    try {
      return String.format(
          Locale.ROOT, "%.1f GiB", Long.parseLong(kilobytes.split(" ")[0]) / 1024.0 / 1024.0);
    } catch (NumberFormatException e) {
      return kilobytes;
    }
  }

  /** The value of the first "key : value" line in a /proc file, where there is one. */
  private static Optional<String> procLine(String file, String key) {
    try (Stream<String> lines = Files.lines(Path.of(file))) {
      return lines
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
