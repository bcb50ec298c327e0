package org.parity.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parity.browser.ApiSession;
import org.parity.browser.LearnerApi;
import org.parity.cluster.ClusterScript;
import org.parity.network.application.ForumService;

/**
 * What a second node buys on this machine: the load benchmark's pages read in turn by anonymous
 * visitors and signed-in readers, with one request in ten a reply written through the API, sent
 * through HAProxy by wrk's fifty connections to Parity as a cluster
 * (ear/src/test/cluster/cluster.sh: three Galera nodes and OpenSearch under every setup) in three
 * setups, each warmed up and then measured: two WildFly nodes on OpenSearch; one of them killed,
 * the other alone on OpenSearch; and the survivor started again alone on its own Lucene index
 * (Parity's default search). The report gives each setup's requests per second, latency
 * percentiles, replies taken and the CPU time per request of every server process (read from
 * /proc), as ratios to the one node on Lucene measured in the same run.
 *
 * <p>Run by {@code ./mvnw -Pbenchmark-cluster verify} only (it writes {@code
 * ear/target/benchmark/scale-out.md}). Sizes in seconds: {@code -Dbenchmark.duration} (each
 * measured run, 60) and {@code -Dbenchmark.warmup} (the least warm-up before each, 120; it goes on
 * while the nodes' compilers are still busy).
 *
 * <p>A benchmark, never a timed test: it fails only if a page shows the wrong content, if a
 * measured run gets answers other than 2xx or 3xx, or if a reply answered 201 is not in its thread.
 */
@EnabledIfSystemProperty(named = "benchmark.scaleOut", matches = "true")
class ScaleOutBenchmark {

  private static final URL BALANCER = url("http://127.0.0.1:18080");
  private static final URL NODE_1 = url("http://127.0.0.1:8280");
  private static final String ADMIN = "admin@cluster.test";
  private static final String ADMIN_PASSWORD = "Quiet-Harbour-Lantern-42";
  private static final String GALERA = "/tmp/parity-cluster-galera";

  /** Threads the replies go to, so that writers seldom wait for each other's lock on one. */
  private static final int WRITE_THREADS = 8;

  static final int WRITE_EVERY = 10;

  private static final Duration WARM_UP_ROUND = Duration.ofSeconds(30);
  private static final Duration MOST_WARM_UP = Duration.ofMinutes(10);

  @Test
  void mixedTrafficOnOneNodeAndOnTwoBehindTheBalancer() throws Exception {
    Duration duration = Duration.ofSeconds(Integer.getInteger("benchmark.duration", 60));
    Duration warmup = Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 120));
    Path reportFile =
        Path.of(System.getProperty("benchmark.report", "target/benchmark/scale-out.md"));
    GreenMail mail = new GreenMail(new ServerSetup(3025, "127.0.0.1", "smtp"));
    mail.start();
    // LoadSeed signs in as the administrator the nodes were started with.
    System.setProperty("it.admin.email", ADMIN);
    System.setProperty("it.admin.password", ADMIN_PASSWORD);
    ClusterScript cluster =
        new ClusterScript(
            Map.of(
                "PARITY_ADMIN_EMAIL",
                ADMIN,
                "PARITY_ADMIN_PASSWORD",
                ADMIN_PASSWORD,
                "PARITY_SMTP_PORT",
                String.valueOf(mail.getSmtp().getPort()),
                // The morning's digests are not the traffic measured here.
                "PARITY_DIGEST_AT",
                "07:00",
                // As docs/operations.md advises: every node writes to the same Galera node first.
                "CLUSTER_SAME_GALERA_ORDER",
                "1"));
    cluster.run("start");
    try {
      // Written through one node: four facilitators replying at once into one thread.
      LoadForum seeded = new LoadSeed(NODE_1, System.out).seed();
      List<String> replies = writeThreads(seeded);
      LoadForum forum = LoadSeed.signInAgain(seeded, BALANCER);
      Traffic traffic = new Traffic(forum, replies, reportFile, warmup, duration);

      List<Setup> setups = new ArrayList<>();
      setups.add(traffic.measure("Two nodes, OpenSearch"));
      cluster.run("kill-node", "2");
      setups.add(traffic.measure("One node, OpenSearch"));
      cluster.run("kill-node", "1");
      cluster.run("start-node", "1", "lucene");
      awaitBalancer();
      // Both nodes' sessions died with them.
      traffic.forum(LoadSeed.signInAgain(forum, BALANCER));
      setups.add(traffic.measure("One node, Lucene"));

      long stored = replies(seeded, replies);
      ScaleOutReport report =
          new ScaleOutReport(setups, setups.get(2), traffic.written(), stored, warmup, duration);
      System.out.println(report.write(reportFile));
      System.out.println("Written to " + reportFile.toAbsolutePath());

      List<String> failures = new ArrayList<>();
      for (Setup setup : setups) {
        if (setup.wrk().statusErrors() > 0) {
          failures.add(setup.name() + ": " + setup.wrk().statusErrors() + " answers not 2xx/3xx");
        }
      }
      assertThat(failures).as("what the benchmark found wrong").isEmpty();
      assertThat(stored)
          .as("replies in their threads, against those answered 201")
          .isGreaterThanOrEqualTo(traffic.written());
    } finally {
      try {
        cluster.run("stop");
      } finally {
        mail.stop();
      }
    }
  }

  /** One setup's measured run, and the server processes' CPU a request in it. */
  record Setup(
      String name, WrkResult wrk, Map<String, Double> cpuMillisPerRequest, Duration warmedUp) {

    double totalCpuMillisPerRequest() {
      return cpuMillisPerRequest.values().stream().mapToDouble(Double::doubleValue).sum();
    }
  }

  /** wrk's mixed traffic through the balancer, and what it cost the servers. */
  private static final class Traffic {

    private final List<String> replies;
    private final Path work;
    private final Duration warmup;
    private final Duration duration;
    private LoadForum forum;
    private long written;

    Traffic(
        LoadForum forum, List<String> replies, Path reportFile, Duration warmup, Duration duration)
        throws Exception {
      this.forum = forum;
      this.replies = replies;
      this.work = reportFile.toAbsolutePath().resolveSibling("scale-out");
      this.warmup = warmup;
      this.duration = duration;
      Files.createDirectories(work);
    }

    void forum(LoadForum signedInAgain) {
      this.forum = signedInAgain;
    }

    /** Replies answered 201, warm-ups included. */
    long written() {
      return written;
    }

    /** Checks every page, warms up, then measures; the warm-up's replies count as written. */
    Setup measure(String name) throws Exception {
      Visitor visitor = new Visitor(BALANCER);
      List<Target> targets = LoadBenchmark.targets(forum, visitor);
      awaitPages(targets, visitor);
      Wrk wrk = wrk(targets);
      String home = visitor.url("/");
      Map<String, List<ServerProcess>> processes = processes();
      Duration warmed = warmUp(wrk, home, processes.get("WildFly"));
      Map<String, ServerProcess.CpuReading> before = readAll(processes);
      WrkResult result = wrk.run("scale-out.lua", home, duration);
      Map<String, ServerProcess.CpuReading> after = readAll(processes);
      written += result.writesCreated();
      Map<String, Double> cpu = new LinkedHashMap<>();
      for (Map.Entry<String, List<ServerProcess>> role : processes.entrySet()) {
        double millis = 0;
        for (ServerProcess process : role.getValue()) {
          String key = role.getKey() + process.pid();
          ServerProcess.CpuReading end = after.get(key);
          millis += end.totalSince(before.get(key)) - end.compilingSince(before.get(key));
        }
        cpu.put(role.getKey(), millis / Math.max(1, result.requests()));
      }
      Setup setup = new Setup(name, result, cpu, warmed);
      System.out.printf(
          "%s: %.0f req/s, p95 %.1f ms, replies %d of %d taken, errors %s, %.2f CPU ms/req %s%n",
          name,
          result.requestsPerSecond(),
          result.p95Micros() / 1000.0,
          result.writesCreated(),
          result.writesSent(),
          result.errorsByKind(),
          setup.totalCpuMillisPerRequest(),
          cpu);
      return setup;
    }

    /**
     * The traffic in rounds of half a minute, not reported, for at least the warm-up and until the
     * WildFly nodes' JIT compilers take under 5% of their CPU (at most ten minutes): a node just
     * started runs its pages interpreted, at several times the cost, and two nodes sharing the
     * traffic each reach their compiled code later than one alone.
     */
    private Duration warmUp(Wrk wrk, String home, List<ServerProcess> nodes) throws Exception {
      Duration warmed = Duration.ZERO;
      double compiling;
      do {
        Map<String, ServerProcess.CpuReading> before = readAll(Map.of("WildFly", nodes));
        written += wrk.run("scale-out.lua", home, WARM_UP_ROUND).writesCreated();
        Map<String, ServerProcess.CpuReading> after = readAll(Map.of("WildFly", nodes));
        warmed = warmed.plus(WARM_UP_ROUND);
        double total = 0;
        double compilers = 0;
        for (Map.Entry<String, ServerProcess.CpuReading> node : after.entrySet()) {
          total += node.getValue().totalSince(before.get(node.getKey()));
          compilers += node.getValue().compilingSince(before.get(node.getKey()));
        }
        compiling = compilers / Math.max(1, total);
        System.out.printf(
            "Warming up, %d s: the compilers took %.0f%% of the nodes' CPU%n",
            warmed.toSeconds(), compiling * 100);
      } while (warmed.compareTo(warmup) < 0
          || (compiling > 0.05 && warmed.compareTo(MOST_WARM_UP) < 0));
      return warmed;
    }

    /**
     * Every page shows what it should through the balancer, as a visitor and signed in: a node just
     * started may still be filling its search index.
     */
    private void awaitPages(List<Target> targets, Visitor visitor) throws Exception {
      Instant until = Instant.now().plus(Duration.ofMinutes(2));
      while (true) {
        try {
          for (Target target : targets) {
            target.check(visitor.get(target.path(), null), false);
            target.check(visitor.get(target.path(), forum.readerCookies().get(0)), true);
          }
          return;
        } catch (AssertionError notYet) {
          if (Instant.now().isAfter(until)) {
            throw notYet;
          }
          Thread.sleep(1000);
        }
      }
    }

    private Wrk wrk(List<Target> targets) throws Exception {
      Path scripts =
          Path.of(ScaleOutBenchmark.class.getResource("/benchmark/load/summary.lua").toURI())
              .getParent();
      Map<String, String> environment =
          Map.of(
              "PARITY_COOKIES",
              Files.write(work.resolve("cookies.txt"), forum.readerCookies()).toString(),
              "PARITY_PATHS",
              Files.write(work.resolve("paths.txt"), targets.stream().map(Target::path).toList())
                  .toString(),
              "PARITY_WRITERS",
              Files.write(work.resolve("writers.txt"), forum.writerCookies()).toString(),
              "PARITY_REPLIES",
              Files.write(work.resolve("replies.txt"), replies).toString(),
              "PARITY_WRITE_EVERY",
              String.valueOf(WRITE_EVERY));
      return new Wrk(scripts, environment);
    }
  }

  /** Until HAProxy has seen a node ready again (two checks a second apart). */
  private static void awaitBalancer() throws Exception {
    Visitor balancer = new Visitor(BALANCER);
    Instant until = Instant.now().plus(Duration.ofMinutes(1));
    while (balancer.get("/health/ready", null).statusCode() != 200) {
      assertThat(Instant.now()).as("a node ready behind the balancer").isBefore(until);
      Thread.sleep(500);
    }
  }

  /** The server processes by role, found afresh: a killed node's are gone. */
  private static Map<String, List<ServerProcess>> processes() {
    Map<String, List<ServerProcess>> roles = new LinkedHashMap<>();
    roles.put("WildFly", ServerProcess.matching("jboss-modules.jar", "/cluster/node"));
    roles.put("OpenSearch", ServerProcess.matching("OpenSearchNode.java"));
    roles.put("Galera", ServerProcess.matching("mariadbd", "--defaults-file=" + GALERA));
    roles.put("HAProxy", ServerProcess.matching("haproxy", "/cluster/haproxy.cfg"));
    return roles;
  }

  /** Each process's CPU so far, by its role and process id. */
  private static Map<String, ServerProcess.CpuReading> readAll(
      Map<String, List<ServerProcess>> roles) throws Exception {
    Map<String, ServerProcess.CpuReading> readings = new LinkedHashMap<>();
    for (Map.Entry<String, List<ServerProcess>> role : roles.entrySet()) {
      for (ServerProcess process : role.getValue()) {
        readings.put(role.getKey() + process.pid(), process.cpu());
      }
    }
    return readings;
  }

  /** Threads for the replies, opened by the forum's first facilitator; their reply addresses. */
  private static List<String> writeThreads(LoadForum forum) throws Exception {
    ApiSession writer = LoadSeed.writer(forum, NODE_1, 0);
    String network = "/api/v1/networks/" + forum.slug();
    long category = writer.firstForumCategory(network);
    List<String> replies = new ArrayList<>();
    for (int i = 0; i < WRITE_THREADS; i++) {
      HttpResponse<String> thread =
          writer.postJson(
              network + "/threads",
              Json.createObjectBuilder()
                  .add("category", category)
                  .add("title", "Written to under load " + i)
                  .add("body", "Replies come here while the pages are read.")
                  .build()
                  .toString());
      assertThat(thread.statusCode()).as(thread.body()).isEqualTo(201);
      long id = LearnerApi.json(thread).getJsonNumber("id").longValue();
      replies.add(network + "/threads/" + id + "/posts");
    }
    return replies;
  }

  /**
   * The replies in the write threads (their opening posts not counted), read from the last page.
   */
  private static long replies(LoadForum forum, List<String> replies) throws Exception {
    ApiSession reader = LoadSeed.writer(forum, BALANCER, 1);
    long count = 0;
    for (String posts : replies) {
      String thread = posts.substring(0, posts.length() - "/posts".length());
      int pages = LearnerApi.json(reader.get(thread)).getInt("pages");
      JsonObject last = LearnerApi.json(reader.get(thread + "?page=" + pages));
      count +=
          (long) (pages - 1) * ForumService.POSTS_PER_PAGE + last.getJsonArray("posts").size() - 1;
    }
    return count;
  }

  private static URL url(String address) {
    try {
      return URI.create(address).toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(address, e);
    }
  }
}
