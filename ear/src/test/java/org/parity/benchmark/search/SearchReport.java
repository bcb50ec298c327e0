package org.parity.benchmark.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The search benchmark's results as Markdown: latency, throughput and precision per engine, the
 * ratios the search targets ask for, each judged query's precision, and what it all ran on.
 */
final class SearchReport {

  /** The first mark: Parity's service at least this many times faster than FULLTEXT. */
  static final double FIRST_MARK = 10;

  static final double P95_TARGET_MILLIS = 15;

  /** How the corpus was made and stored, for the method section. */
  record Corpus(
      int studies,
      long seed,
      long indexed,
      Duration seeding,
      Duration fulltext,
      Duration indexing,
      boolean reused,
      String database) {}

  private final Corpus corpus;
  private final List<JudgedQuery> queries;
  private final int warmup;
  private final int settle;
  private final EngineResult service;
  private final EngineResult http;
  private final EngineResult fulltext;
  private final EngineResult bare;

  SearchReport(
      Corpus corpus,
      List<JudgedQuery> queries,
      int warmup,
      int settle,
      EngineResult service,
      EngineResult http,
      EngineResult fulltext,
      EngineResult bare) {
    this.corpus = corpus;
    this.queries = queries;
    this.warmup = warmup;
    this.settle = settle;
    this.service = service;
    this.http = http;
    this.fulltext = fulltext;
    this.bare = bare;
  }

  String markdown() {
    StringBuilder out = new StringBuilder("# Search benchmark\n\n");
    out.append(
        f(
            "Run %s. %,d generated case studies (seed %d) plus the starter ones; %d judged"
                + " queries; %d clients.%n%n",
            Instant.now().truncatedTo(ChronoUnit.SECONDS),
            corpus.studies(),
            corpus.seed(),
            queries.size(),
            service.timings().clients()));
    out.append(
        "| Engine | p50 (ms) | p95 (ms) | mean (ms) | queries/s | P@10 | P@10 plain |"
            + " P@10 abbreviations | P@10 misspellings |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (EngineResult engine : List.of(service, http, fulltext, bare)) {
      Timings t = engine.timings();
      out.append(
          f(
              "| %s | %.2f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %.2f |%n",
              engine.name(),
              t.p50Millis(),
              t.p95Millis(),
              t.meanMillis(),
              t.perSecond(),
              engine.meanPrecision(),
              engine.meanPrecision(queries, "plain"),
              engine.meanPrecision(queries, "abbreviation"),
              engine.meanPrecision(queries, "misspelling")));
    }
    ratios(out);
    perQuery(out);
    method(out);
    return out.toString();
  }

  private void ratios(StringBuilder out) {
    out.append("\n| FULLTEXT ÷ Parity | p50 | p95 | mean | throughput (Parity ÷ FULLTEXT) |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    for (EngineResult parity : List.of(service, http, bare)) {
      Timings p = parity.timings();
      Timings m = fulltext.timings();
      out.append(
          f(
              "| %s | %.1f× | %.1f× | %.1f× | %.1f× |%n",
              parity.name(),
              m.p50Millis() / p.p50Millis(),
              m.p95Millis() / p.p95Millis(),
              m.meanMillis() / p.meanMillis(),
              p.perSecond() / m.perSecond()));
    }
    double p95 = service.timings().p95Millis();
    double ratio = fulltext.timings().p95Millis() / p95;
    out.append(
        f(
            "%nTargets: service p95 ≤ %.0f ms: %s (%.2f ms). Faster than FULLTEXT by %.0f× at"
                + " p95: %s (%.1f×), at %s precision (P@10 %.2f against %.2f).%n",
            P95_TARGET_MILLIS,
            p95 <= P95_TARGET_MILLIS ? "met" : "NOT met",
            p95,
            FIRST_MARK,
            ratio >= FIRST_MARK ? "met" : "NOT met",
            ratio,
            service.meanPrecision() >= fulltext.meanPrecision() ? "equal or better" : "LOWER",
            service.meanPrecision(),
            fulltext.meanPrecision()));
  }

  private void perQuery(StringBuilder out) {
    out.append("\n## Query by query: precision at 10, and the service's latency\n\n");
    out.append(
        "| Query | Kind | Parity (service) | Parity (HTTP) | FULLTEXT (hits) | Diagnostic |"
            + " service p50 / p95 (ms) | FULLTEXT p50 / p95 (ms) |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < queries.size(); i++) {
      JudgedQuery q = queries.get(i);
      Timings own = service.timings().ofQuery(i, queries.size());
      Timings theirs = fulltext.timings().ofQuery(i, queries.size());
      out.append(
          f(
              "| %s | %s | %.1f | %.1f | %.1f (%d) | %.1f | %.1f / %.1f | %.0f / %.0f |%n",
              q.text().replace("|", "\\|"),
              q.kind(),
              service.precision().get(i),
              http.precision().get(i),
              fulltext.precision().get(i),
              fulltext.found().get(i),
              bare.precision().get(i),
              own.p50Millis(),
              own.p95Millis(),
              theirs.p50Millis(),
              theirs.p95Millis()));
    }
  }

  private void method(StringBuilder out) {
    out.append("\n## How it was measured\n\n");
    out.append(
        f(
            "- Corpus: %,d case studies of about 280 words from 16 clinical topics (`Topics`),"
                + " written by `CorpusGenerator` from seed %d; each mentions two other topics in"
                + " passing. Stored with JDBC batches of 1,000 in %.0f s%s; Parity's index"
                + " (%,d case-study documents) built by Hibernate Search's mass indexer in %.0f"
                + " s; the FULLTEXT table (same titles and bodies, filled inside MariaDB from"
                + " `case_study`, index added afterwards) in %.0f s.%n",
            corpus.studies(),
            corpus.seed(),
            secs(corpus.seeding()),
            corpus.reused() ? " (an earlier run's rows, reused)" : "",
            corpus.indexed(),
            secs(corpus.indexing()),
            secs(corpus.fulltext())));
    out.append(
        f(
            "- Then the benchmark waits until MariaDB has written the pages the load left dirty,"
                + " and, untimed, Parity's service, API and the diagnostic answer %,d queries each,"
                + " so that the server's just-in-time compiler has finished with the hot code"
                + " before anything is measured (it would otherwise compete for the cores).%n",
            settle));
    out.append(
        f(
            "- Each engine in turn: %d warm-up queries, then N = %,d measured, from %d clients"
                + " that each send their next query when the last is answered, cycling through"
                + " the judged queries. Latency is per query, call to last result read;"
                + " throughput is N over the wall time.%n",
            warmup, service.timings().count(), service.timings().clients()));
    out.append(
        "- Parity's service and API answer an anonymous reader with `type=caseStudy`, ten hits,"
            + " highlighted snippets, the total and six facet counts over every match (the page's"
            + " full work). FULLTEXT answers `MATCH(title, body) AGAINST (? IN NATURAL LANGUAGE"
            + " MODE)`, best ten with title and opening excerpt, and nothing more.\n");
    out.append(
        "- The diagnostic row is not a way Parity searches: the same index and analysers asked"
            + " only for the ten best slugs containing every word (synonyms still apply; no"
            + " typing-slip clauses, total, facets or snippets). What separates it from the"
            + " service row is the cost of the service's extra work.\n");
    out.append(
        "- Precision at 10: the share of the first ten hits that the generator wrote about the"
            + " query's topic (`benchmark/judged-queries.tsv`); fewer than ten hits count as"
            + " misses.\n");
    out.append("- Database: ").append(corpus.database()).append(", on the same machine.\n");
    out.append("- Machine: ").append(machine()).append('\n');
    out.append(
        "- A benchmark, not a test: it fails only on wrong results (no hits at all), never on"
            + " time. Server, database and clients share the CPUs.\n");
  }

  String write(Path file) throws IOException {
    String markdown = markdown();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, markdown);
    return markdown;
  }

  private static double secs(Duration d) {
    return d.toMillis() / 1000.0;
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private static String machine() {
    Runtime runtime = Runtime.getRuntime();
    return f(
        "%d cores (%s), %s RAM, %s %s; Java %s; server heap %d MiB",
        runtime.availableProcessors(),
        procLine("/proc/cpuinfo", "model name").orElse("CPU model unknown"),
        procLine("/proc/meminfo", "MemTotal").orElse("?"),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.version"),
        runtime.maxMemory() / (1024 * 1024));
  }

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
