package org.parity.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.it.Deployments;
import org.parity.network.application.ForumService;

/**
 * Parity's busiest pages under fifty connections at once, against a floor: a plain servlet in the
 * same server sending the same bytes as a thread page. Each page (a 500-post thread's first and
 * twentieth pages, a one-post thread, a case-study search, a curriculum, the home page) is read by
 * wrk as an anonymous visitor and as fifty signed-in readers taking turns, after an unreported
 * warm-up; the report gives requests per second, latency percentiles, errors, the server's CPU time
 * per request and the sessions created, and each page's cost as a multiple of the floor's. A soak
 * of mixed traffic follows, between two readings of the heap after a full GC.
 *
 * <p>Run by {@code ./mvnw -Pbenchmark-load verify} only (the profile installs wrk, fixes the
 * server's heap at 512 MB and writes {@code ear/target/benchmark/load.md}). Sizes, in seconds:
 * {@code -Dbenchmark.duration} (each measured run, 20), {@code -Dbenchmark.warmup} (the warm-up
 * before each, 10), {@code -Dbenchmark.warmupAll} (every page in turn before the first, 300) and
 * {@code -Dbenchmark.soak} (600).
 *
 * <p>This is a benchmark, never a timed test: it fails only if a page shows the wrong content, if
 * wrk gets answers other than 2xx or 3xx, if a reader's session is lost, or if the heap has grown
 * by 10% or more over the soak.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "benchmark.load", matches = "true")
class LoadBenchmark {

  /** The late page: the long thread's last, posts 476 to 500. */
  private static final int LATE_PAGE = LoadSeed.POSTS / ForumService.POSTS_PER_PAGE;

  @Deployment(name = "parity", order = 1, testable = false)
  static EnterpriseArchive parity() {
    return Deployments.wholeEar();
  }

  @Deployment(name = "floor", order = 2, testable = false)
  static WebArchive floor() {
    return ShrinkWrap.create(WebArchive.class, "floor.war").addClass(FloorServlet.class);
  }

  @ArquillianResource
  @OperateOnDeployment("parity")
  URL base;

  @ArquillianResource
  @OperateOnDeployment("floor")
  URL floor;

  @Test
  void parityPagesUnderFiftyConnectionsAgainstAPlainServlet() throws Exception {
    Duration duration = seconds("benchmark.duration", 20);
    Duration warmup = seconds("benchmark.warmup", 10);
    Duration soakTime = seconds("benchmark.soak", 600);
    Path reportFile = Path.of(System.getProperty("benchmark.report", "target/benchmark/load.md"));

    LoadForum forum = new LoadSeed(base, System.out).seed();
    Visitor parity = new Visitor(base);
    List<Target> targets = targets(forum, parity);
    for (Target target : targets) {
      target.check(parity.get(target.path(), null), false);
      target.check(parity.get(target.path(), forum.readerCookies().get(0)), true);
    }
    Visitor plain = new Visitor(floor);
    copyToFloor(parity.bytes(targets.get(0).path()).body(), plain);

    ServerCli cli = new ServerCli(Path.of(System.getProperty("jboss.home")));
    Meter meter = meter(forum, targets, cli, reportFile.toAbsolutePath().resolveSibling("load"));
    // Long enough for the JIT compiler to have done most of its work on the shared code.
    meter.warmUpAll(parity.url("/"), seconds("benchmark.warmupAll", 300));
    String floorPage = targets.get(0).name() + " (plain servlet)";
    Run floorRun =
        meter.measure(floorPage, "floor", "anonymous.lua", plain.url("/page"), warmup, duration);
    List<Run> runs = new ArrayList<>();
    for (Target target : targets) {
      String url = parity.url(target.path());
      runs.add(meter.measure(target.name(), "anonymous", "anonymous.lua", url, warmup, duration));
      runs.add(meter.measure(target.name(), "signed in", "signed-in.lua", url, warmup, duration));
    }

    long heapBefore = cli.heapAfterFullGc();
    Run traffic =
        meter.measure(
            "Every page in turn", "mixed", "mixed.lua", parity.url("/"), Duration.ZERO, soakTime);
    Soak soak = new Soak(traffic, heapBefore, cli.heapAfterFullGc(), cli.activeSessions());

    LoadReport report = new LoadReport(runs, floorRun, soak, duration, warmup, soakTime);
    System.out.println(report.write(reportFile));
    System.out.println("Written to " + reportFile.toAbsolutePath());

    List<Run> all = new ArrayList<>(runs);
    all.add(floorRun);
    all.add(traffic);
    List<String> failures = errorAnswers(all);
    if (!soak.heapHeld()) {
      failures.add(String.format(Locale.ROOT, "heap grew %.1f%%", soak.growth() * 100));
    }
    long signedOut = signedOut(forum.readerCookies(), parity);
    if (signedOut > 0) {
      failures.add(signedOut + " readers' sessions ended during the benchmark");
    }
    assertThat(failures).as("what the benchmark found wrong").isEmpty();
  }

  private static void copyToFloor(byte[] page, Visitor plain) throws Exception {
    assertThat(plain.put("/page", page).statusCode())
        .as("the floor takes the page")
        .isLessThan(300);
    assertThat(plain.bytes("/page").body()).as("the floor serves the page").isEqualTo(page);
  }

  private static List<String> errorAnswers(List<Run> runs) {
    List<String> failures = new ArrayList<>();
    for (Run run : runs) {
      if (run.wrk().statusErrors() > 0) {
        failures.add(
            String.format(
                "%s, %s: %d answers not 2xx/3xx",
                run.target(), run.who(), run.wrk().statusErrors()));
      }
    }
    return failures;
  }

  /**
   * Readers whose session no longer signs them in: a lost session would have turned the signed-in
   * runs into anonymous ones without a word.
   */
  private static long signedOut(List<String> cookies, Visitor parity) throws Exception {
    long count = 0;
    for (String cookie : cookies) {
      count += Target.signedIn(parity.get("/", cookie).body()) ? 0 : 1;
    }
    return count;
  }

  /** The pages under load; the first is the one the floor copies. */
  static List<Target> targets(LoadForum forum, Visitor parity) throws Exception {
    int page = ForumService.POSTS_PER_PAGE;
    JsonObject curriculum;
    try (var json =
        Json.createReader(new StringReader(parity.get("/api/v1/curricula", null).body()))) {
      curriculum = json.readArray().getJsonObject(0);
    }
    return List.of(
        Target.thread(
            "Long thread, page 1", forum.page(forum.longThread(), 1), forum.longTitle(), 1, page),
        Target.thread(
            "Long thread, page " + LATE_PAGE,
            forum.page(forum.longThread(), LATE_PAGE),
            forum.longTitle(),
            (LATE_PAGE - 1) * page + 1,
            LATE_PAGE * page),
        Target.thread(
            "One-post thread", forum.page(forum.quietThread(), 1), forum.quietTitle(), 1, 1),
        Target.showing(
            "Case studies, search \"depression\"",
            "/case-studies?q=depression",
            "<li class=\"card search-hit\">",
            "depression"),
        Target.showing(
            "Curriculum",
            "/curricula/" + curriculum.getString("slug"),
            plainStart(curriculum.getString("title"))),
        Target.showing("Home", "/", "<h1>Whole-person care, learned together</h1>"));
  }

  /** wrk's scripts read the readers' cookies and the pages from files the benchmark writes. */
  private static Meter meter(LoadForum forum, List<Target> targets, ServerCli cli, Path work)
      throws Exception {
    Path scripts =
        Path.of(LoadBenchmark.class.getResource("/benchmark/load/summary.lua").toURI()).getParent();
    Files.createDirectories(work);
    Path cookies = Files.write(work.resolve("cookies.txt"), forum.readerCookies());
    Path paths =
        Files.write(work.resolve("paths.txt"), targets.stream().map(Target::path).toList());
    Wrk wrk =
        new Wrk(
            scripts,
            Map.of("PARITY_COOKIES", cookies.toString(), "PARITY_PATHS", paths.toString()));
    ServerProcess server = ServerProcess.withDataDir(System.getProperty("it.data.dir"));
    System.out.println("Metering WildFly, process " + server.pid());
    return new Meter(wrk, server, cli, System.out);
  }

  /** The title up to its first character that HTML might escape, so the check need not. */
  private static String plainStart(String title) {
    return title.replaceAll("[&<>\"'].*", "");
  }

  private static Duration seconds(String property, int otherwise) {
    return Duration.ofSeconds(Integer.getInteger(property, otherwise));
  }
}
