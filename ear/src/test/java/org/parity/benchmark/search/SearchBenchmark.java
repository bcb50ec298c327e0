package org.parity.benchmark.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.it.Deployments;
import org.parity.search.application.Search;
import org.parity.search.infrastructure.SearchIndex;

/**
 * The search benchmark: 100,000 generated case studies, searched in the same run through Parity's
 * {@link Search} service, through {@code GET /api/v1/search}, and with MariaDB's FULLTEXT index
 * over the same text; p50/p95 latency and throughput with two concurrent clients, and precision at
 * 10 on the judged queries in {@code benchmark/judged-queries.tsv}.
 *
 * <p>It runs inside the server, in a test module added to the whole EAR, so it can call the service
 * and the datasource directly and the API over the loopback. Run by {@code ./mvnw verify
 * -Pbenchmark-search} only, on MariaDB (see ear/pom.xml). It reports and never fails on time; it
 * fails if an engine finds nothing. Sizes come from the {@code benchmark.*} properties, read on the
 * client and shipped in the test module (the server JVM does not see Maven's properties).
 */
@ExtendWith(ArquillianExtension.class)
class SearchBenchmark {

  private static final String SETTINGS = "benchmark/search-settings.properties";

  @Deployment
  static EnterpriseArchive parityWithBenchmark() {
    EnterpriseArchive ear = Deployments.wholeEar();
    WebArchive module =
        ShrinkWrap.create(WebArchive.class, "search-benchmark.war")
            .addPackage(SearchBenchmark.class.getPackage())
            .addClass(Deployments.class)
            .addAsResource(JudgedQuery.RESOURCE)
            .addAsResource(new StringAsset(settings()), SETTINGS)
            .addAsWebInfResource(
                new StringAsset(
                    "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"annotated\"/>"),
                "beans.xml")
            // The mass indexer's API; the EJB module gets it through its persistence unit.
            .setManifest(
                new StringAsset(
                    "Manifest-Version: 1.0\nDependencies: org.hibernate.search.mapper.orm,"
                        + " org.hibernate\n"));
    ear.addAsModule(Testable.archiveToTest(module));
    String application =
        new String(
            readAll(ear.get("META-INF/application.xml").getAsset().openStream()),
            StandardCharsets.UTF_8);
    ear.setApplicationXML(
        new StringAsset(
            application.replace(
                "<library-directory>",
                "<module><web><web-uri>search-benchmark.war</web-uri>"
                    + "<context-root>/search-benchmark</context-root></web></module>\n"
                    + "  <library-directory>")));
    return ear;
  }

  @Inject Search search;
  @Inject CorpusIndexer indexer;
  @Inject SearchIndex index;

  @Test
  void parityAgainstMariaDbFulltextOnOneHundredThousandCaseStudies() throws Exception {
    Properties settings = new Properties();
    settings.load(SearchBenchmark.class.getClassLoader().getResourceAsStream(SETTINGS));
    int studies = Integer.parseInt(settings.getProperty("caseStudies"));
    long seed = Long.parseLong(settings.getProperty("seed"));
    int samples = Integer.parseInt(settings.getProperty("samples"));
    int warmup = Integer.parseInt(settings.getProperty("warmup"));
    int clients = Integer.parseInt(settings.getProperty("clients"));

    DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/ParityDS");
    CorpusLoader loader = new CorpusLoader(dataSource, System.out);
    String database = loader.database();
    if (!database.toLowerCase(Locale.ROOT).matches(".*(mariadb|mysql).*")) {
      fail(
          "The search benchmark compares with MariaDB FULLTEXT, but the server uses "
              + database
              + ": export the PARITY_DB_* variables as ear/pom.xml's benchmark-search profile"
              + " explains.");
    }
    SearchReport.Corpus corpus = corpus(loader, new CorpusGenerator(seed), studies, seed);
    Map<String, String> topics = topics(new CorpusGenerator(seed), studies);

    List<JudgedQuery> queries = JudgedQuery.shipped();
    ExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    LoadRun load = new LoadRun(executor, clients);
    List<SearchEngine> engines =
        List.of(
            new ServiceEngine(search),
            new HttpEngine(URI.create(settings.getProperty("http"))),
            new FulltextEngine(dataSource),
            indexer.bare());
    // The server compiles its hot code while it runs: bring Parity's paths to steady state first
    // (untimed), so that no engine is measured while the compiler competes for the two cores.
    int settle = Integer.parseInt(settings.getProperty("jitWarmup"));
    System.out.println("Search benchmark: " + settle + " untimed queries to settle the compiler");
    load.run(engines.get(0), queries, settle, 0);
    load.run(engines.get(1), queries, settle, 0);
    load.run(engines.get(3), queries, settle, 0);
    EngineResult[] results = new EngineResult[engines.size()];
    for (int i = 0; i < engines.size(); i++) {
      SearchEngine engine = engines.get(i);
      System.out.println("Search benchmark: measuring " + engine.name());
      Timings timings = load.run(engine, queries, warmup, samples);
      results[i] = EngineResult.judge(engine, timings, queries, topics);
      long answered = results[i].found().stream().filter(n -> n > 0).count();
      assertTrue(
          answered >= queries.size() / 2,
          engine.name() + " found nothing for most queries: " + results[i].found());
    }
    assertTrue(results[0].meanPrecision() > 0, "Parity found nothing relevant");

    SearchReport report =
        new SearchReport(
            corpus, queries, warmup, settle, results[0], results[1], results[2], results[3]);
    Path file = Path.of(settings.getProperty("report"));
    System.out.println(report.write(file));
    System.out.println("Written to " + file.toAbsolutePath());
  }

  /**
   * Stores, indexes and copies the corpus, each step skipped when an earlier run on the same
   * database and data folder left it complete (handy while tuning; the documented command starts
   * from nothing).
   */
  private SearchReport.Corpus corpus(
      CorpusLoader loader, CorpusGenerator generator, int studies, long seed) throws Exception {
    boolean reused = loader.stored() == studies;
    Duration seeding = reused ? Duration.ZERO : loader.insert(generator, studies);
    System.out.printf("Search benchmark: %,d case studies stored in %s%n", studies, seeding);
    long published = loader.published();
    Duration fulltext =
        reused && loader.fulltextRows() == published ? Duration.ZERO : loader.buildFulltext();
    System.out.printf("Search benchmark: FULLTEXT table built in %s%n", fulltext);
    assertEquals(published, loader.fulltextRows(), "rows in the FULLTEXT table");
    // Parity fills an empty index when it starts (here when an earlier run left the rows): let
    // that finish rather than run two mass indexers on one index.
    long waited = System.nanoTime();
    while (index.rebuilding() && System.nanoTime() - waited < Duration.ofMinutes(10).toNanos()) {
      Thread.sleep(500);
    }
    Duration indexing =
        reused && indexer.indexed() == published ? Duration.ZERO : indexer.rebuild();
    long indexed = indexer.indexed();
    System.out.printf("Search benchmark: %,d documents indexed in %s%n", indexed, indexing);
    System.out.printf("Search benchmark: MariaDB settled in %s%n", loader.settle());
    assertEquals(published, indexed, "case studies in Parity's index");
    return new SearchReport.Corpus(
        studies, seed, indexed, seeding, fulltext, indexing, reused, loader.database());
  }

  private static Map<String, String> topics(CorpusGenerator generator, int studies) {
    Map<String, String> topics = new HashMap<>();
    for (int i = 0; i < studies; i++) {
      topics.put(CorpusGenerator.slug(i), generator.topic(i));
    }
    return topics;
  }

  /** The benchmark's sizes as the client's system properties (set by the Maven profile) say. */
  private static String settings() {
    Properties p = new Properties();
    p.setProperty("caseStudies", System.getProperty("benchmark.caseStudies", "100000"));
    p.setProperty("seed", System.getProperty("benchmark.seed", "2026"));
    p.setProperty("samples", System.getProperty("benchmark.samples", "1000"));
    p.setProperty("warmup", System.getProperty("benchmark.warmup", "200"));
    p.setProperty("jitWarmup", System.getProperty("benchmark.jitWarmup", "3000"));
    p.setProperty("clients", System.getProperty("benchmark.clients", "2"));
    p.setProperty("http", System.getProperty("benchmark.http", "http://127.0.0.1:8080/"));
    p.setProperty(
        "report",
        Path.of(System.getProperty("benchmark.report", "target/benchmark/search.md"))
            .toAbsolutePath()
            .toString());
    StringWriter out = new StringWriter();
    try {
      p.store(out, "search benchmark settings");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
