package org.parity.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.parity.browser.ApiSession;
import org.parity.browser.Browser;
import org.parity.browser.LearnerApi;
import org.parity.browser.MailLinks;
import org.parity.browser.TestContent;
import org.parity.browser.pages.CaseStudyEditorPage;
import org.parity.browser.pages.LoginPage;
import org.parity.load.BusyNetwork;

/**
 * Parity as a cluster on this machine (ear/src/test/cluster/cluster.sh): OpenSearch, three Galera
 * nodes, two WildFly nodes with standalone-ha.xml and HAProxy in front. What a region running
 * Parity on more than one node relies on: search sees every node's writes, a signed-in person
 * outlives their node, a database node's death loses no acknowledged write, and timers run once.
 *
 * <p>Run by {@code ./mvnw -Pcluster verify}; it starts the cluster and stops everything it started.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterCheck {

  private static final URL BALANCER = url("http://127.0.0.1:18080");
  private static final URL NODE_1 = url("http://127.0.0.1:8280");
  private static final URL NODE_2 = url("http://127.0.0.1:8380");
  private static final String ADMIN = "admin@cluster.test";
  private static final String ADMIN_PASSWORD = "Quiet-Harbour-Lantern-42";
  private static final String PASSWORD = "harbour lantern thistle 77";

  private static final GreenMail MAIL = new GreenMail(new ServerSetup(3025, "127.0.0.1", "smtp"));

  /**
   * -Dcluster.reuse=true: a cluster started by hand with cluster.sh, left running (development).
   */
  private static final boolean REUSE = Boolean.getBoolean("cluster.reuse");

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  static void startCluster() throws Exception {
    MAIL.start();
    // BusyNetwork and TestContent sign in as the administrator the nodes were started with.
    System.setProperty("it.admin.email", ADMIN);
    System.setProperty("it.admin.password", ADMIN_PASSWORD);
    if (!REUSE) {
      cluster("start");
    }
  }

  @AfterAll
  static void stopCluster() throws Exception {
    try {
      if (!REUSE) {
        cluster("stop");
      }
    } finally {
      MAIL.stop();
    }
  }

  @Test
  @Order(1)
  void aCaseStudyPublishedOnOneNodeIsFoundOnTheOtherWithinTwoSeconds() throws Exception {
    ApiSession admin = ApiSession.signedIn(NODE_1, ADMIN, ADMIN_PASSWORD);
    ApiSession author =
        admin.newAccount("Cara Author", List.of(), List.of(TestContent.COLLEGE_SLUG));
    ApiSession first =
        admin.newAccount("Rhys Reviewer", List.of("EDITOR"), List.of(TestContent.COLLEGE_SLUG));
    ApiSession second =
        admin.newAccount("Sian Reviewer", List.of("EDITOR"), List.of(TestContent.COLLEGE_SLUG));
    String word = "clusterword" + run.replaceAll("[0-9]", "x");
    HttpResponse<String> started = author.postJson("/api/v1/case-studies", study(word));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long id = LearnerApi.json(started).getJsonNumber("studyId").longValue();
    assertThat(author.post("/api/v1/case-studies/" + id + "/submit").statusCode()).isEqualTo(200);
    assertThat(
            first
                .postJson(
                    "/api/v1/case-studies/" + id + "/check",
                    "{\"confirmed\":[\"NO_IDENTIFIABLE_INFORMATION\",\"CONSENT_RECORDED\","
                        + "\"OUTCOMES_SUPPORTED\"]}")
                .statusCode())
        .isEqualTo(204);
    ApiSession onNode2 = ApiSession.anonymous(NODE_2);
    assertThat(hits(onNode2, word)).as("not found before it is published").isZero();

    HttpResponse<String> published = second.post("/api/v1/case-studies/" + id + "/publish");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(204);
    Instant at = Instant.now();
    while (hits(onNode2, word) == 0) {
      assertThat(Duration.between(at, Instant.now()))
          .as("published on node 1, found by search on node 2")
          .isLessThan(Duration.ofSeconds(2));
      Thread.sleep(50);
    }
    System.out.printf(
        "Found on node 2 %d ms after it was published on node 1%n",
        Duration.between(at, Instant.now()).toMillis());
  }

  @Test
  @Order(2)
  void repliesWrittenAtOnceThroughBothNodesAreAllTaken() throws Exception {
    // Each WildFly node writes to its own Galera node (cluster.sh), so replies to one thread can
    // collide (Galera's certification, deadlock 1213); the node runs a refused one again.
    BusyNetwork network = BusyNetwork.create(NODE_1, "c" + run, 2);
    List<ApiSession> writers = new java.util.ArrayList<>();
    for (int w = 0; w < 2; w++) {
      writers.add(
          ApiSession.signedIn(
              w % 2 == 0 ? NODE_1 : NODE_2, network.emails().get(w), BusyNetwork.PASSWORD));
    }
    int each = 25;
    Set<Integer> answers = ConcurrentHashMap.newKeySet();
    java.util.concurrent.atomic.AtomicInteger taken =
        new java.util.concurrent.atomic.AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(writers.size());
    for (ApiSession writer : writers) {
      pool.submit(
          () -> {
            for (int n = 0; n < each; n++) {
              int status =
                  writer
                      .postJson(network.threadApi() + "/posts", "{\"body\":\"At once " + n + "\"}")
                      .statusCode();
              answers.add(status);
              if (status == 201) {
                taken.incrementAndGet();
              }
              // A busy discussion, not a script: a moment between one person's replies.
              Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(100, 300));
            }
            return null;
          });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
    assertThat(answers).as("answers to the writers").containsOnly(201);
    assertThat(taken).hasValue(writers.size() * each);
    List<String> posts = posts(network.people().get(0), network.threadApi());
    System.out.printf(
        "%d replies through both nodes at once, %d posts in the thread%n",
        taken.get(), posts.size());
    assertThat(posts).as("the opening post and every reply").hasSize(1 + writers.size() * each);
  }

  @Test
  @Order(3)
  void everyWriteAnsweredBeforeAGaleraNodeDiesIsThere() throws Exception {
    BusyNetwork network = BusyNetwork.create(BALANCER, run, 3);
    String thread = network.threadApi();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService writers = Executors.newFixedThreadPool(network.people().size());
    for (int w = 0; w < network.people().size(); w++) {
      ApiSession writer = network.people().get(w);
      String name = "w" + w;
      writers.submit(
          () -> {
            for (int n = 0; running.get(); n++) {
              String word = "galera" + run + name + "n" + n;
              try {
                if (writer
                        .postJson(thread + "/posts", "{\"body\":\"Reply " + word + " stays.\"}")
                        .statusCode()
                    == 201) {
                  acknowledged.add(word);
                }
              } catch (IOException refused) {
                // Not answered 201: not promised.
              }
            }
            return null;
          });
    }
    Thread.sleep(4000);
    int beforeKill = acknowledged.size();
    // The first Galera node is the one every connection of jdbc:mariadb:sequential starts on.
    cluster("kill-galera", "1");
    Thread.sleep(8000);
    running.set(false);
    writers.shutdown();
    assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    assertThat(beforeKill).as("replies answered before the kill").isPositive();
    assertThat(acknowledged.size())
        .as("replies answered after the kill, by the two nodes left")
        .isGreaterThan(beforeKill);

    Set<String> stored = new HashSet<>();
    for (String html : posts(network.people().get(0), thread)) {
      int at = html.indexOf("galera" + run);
      if (at >= 0) {
        stored.add(html.substring(at, html.indexOf(' ', at)));
      }
    }
    System.out.printf(
        "%d replies answered 201 (%d before Galera node 1 was killed), %d stored%n",
        acknowledged.size(), beforeKill, stored.size());
    assertThat(stored).as("every reply answered 201").containsAll(acknowledged);
  }

  @Test
  @Order(4)
  void aDigestGoesOutOnceWithTwoNodesUp() throws Exception {
    // The nodes send digests every minute (PARITY_DIGEST_AT=*:* in cluster.sh); both nodes' timers
    // fire, and one claims each firing.
    BusyNetwork network = BusyNetwork.create(BALANCER, "d" + run, 2);
    String reader = network.emails().get(1);
    ApiSession readerApi = network.people().get(1);
    assertThat(
            readerApi
                .postJson(
                    "/api/v1/me/subscriptions",
                    "{\"type\":\"THREAD\",\"id\":" + network.thread() + "}")
                .statusCode())
        .isEqualTo(204);
    String word = "digest" + run;
    assertThat(
            network
                .people()
                .get(0)
                .postJson(network.threadApi() + "/posts", "{\"body\":\"Reply " + word + " once.\"}")
                .statusCode())
        .isEqualTo(201);
    long since = Instant.now().getEpochSecond();
    MimeMessage digest = awaitMailWith(reader, word, Duration.ofMinutes(4));
    // Two more firings on both nodes: nothing new for the reader, and no second copy.
    Thread.sleep(Duration.ofSeconds(130).toMillis());
    long copies = MailLinks.to(MAIL, reader).stream().filter(m -> contains(m, word)).count();
    assertThat(copies).as("digests holding the reply").isEqualTo(1);
    assertThat(digest.getSubject()).isNotBlank();
    // Both nodes were up throughout, and firings ran meanwhile (on whichever node claimed each).
    assertThat(ApiSession.anonymous(NODE_1).get("/health/ready").statusCode()).isEqualTo(200);
    assertThat(ApiSession.anonymous(NODE_2).get("/health/ready").statusCode()).isEqualTo(200);
    assertThat(Math.max(lastDigestRun(10190), lastDigestRun(10290)))
        .as("the last digest run, on either node")
        .isGreaterThan(since + 60);
  }

  @Test
  @Order(5)
  void aSignedInLearnerCarriesOnWhenTheirNodeIsKilled() throws Exception {
    String email = newPerson("learner", "Lena Learner");
    LearnerApi learner = new LearnerApi(ApiSession.signedIn(BALANCER, email, PASSWORD));
    long enrolment = learner.enrol("module", "mental-health-in-long-term-conditions");
    long reflection = learner.firstReflection(enrolment, 0);
    assertThat(learner.reflect(enrolment, reflection, "Before the node died")).isEqualTo(204);

    String node = learner.session().cookie("PARITY_NODE");
    assertThat(node).as("the balancer's cookie names the learner's node").isIn("node1", "node2");
    cluster("kill-node", node.substring(4));

    // The next request goes to the other node, which has the session: no new sign-in.
    HttpResponse<String> me = learner.session().get("/api/v1/me/notifications");
    assertThat(me.statusCode()).as("still signed in after " + node + " was killed").isEqualTo(200);
    assertThat(learner.reflect(enrolment, reflection, "After the node died")).isEqualTo(204);
    assertThat(learner.session().cookie("PARITY_NODE")).isNotEqualTo(node);
    assertThat(learner.player(enrolment, reflection).getJsonObject("unit").getString("reflection"))
        .isEqualTo("After the node died");
    // Both nodes again, for what follows.
    cluster("start-node", node.substring(4));
  }

  @Test
  @Order(6)
  void anAuthorWritingInTheBrowserCarriesOnWhenTheirNodeIsKilled() throws Exception {
    String email = newPerson("author", "Ada Author");
    try (Browser browser = new Browser(BALANCER)) {
      new LoginPage(browser).open().signIn(email, PASSWORD);
      browser.open("/case-studies/new");
      CaseStudyEditorPage editor =
          new CaseStudyEditorPage(browser)
              .fill("title", "Breathlessness clinic " + run)
              .fill("summary", "Written on one node.");
      String node = browser.cookie("PARITY_NODE");
      assertThat(node).isIn("node1", "node2");
      cluster("kill-node", node.substring(4));

      editor.fill("problem", "Finished on the other node.").save();
      assertThat(browser.path()).as("not sent to sign in again").endsWith("/edit");
      assertThat(editor.status()).isEqualTo("Draft");
      assertThat(editor.value("summary")).isEqualTo("Written on one node.");
      assertThat(editor.value("problem")).isEqualTo("Finished on the other node.");
      assertThat(browser.cookie("PARITY_NODE")).isNotEqualTo(node);
    }
  }

  /** A new account made by the administrator through the balancer; answers its address. */
  private String newPerson(String role, String name) throws Exception {
    String email = role + "-" + run + "@example.org";
    ApiSession.signedIn(BALANCER, ADMIN, ADMIN_PASSWORD).createAccount(email, PASSWORD, name);
    return email;
  }

  private static String study(String word) {
    var list = Json.createArrayBuilder();
    return Json.createObjectBuilder()
        .add("title", "Annual health checks for people with SMI, " + word)
        .add("summary", "A practice raised uptake of physical health checks " + word + ".")
        .add("setting", "A GP practice in a market town.")
        .add("population", "Adults on the practice's SMI register.")
        .add("problem", "Few annual physical health checks were completed.")
        .add("intervention", "A named nurse invited each person and offered longer slots.")
        .add("outcomes", "Uptake rose from 30% to 70% in a year.")
        .add("costs", "Two nurse sessions a month.")
        .add("lessons", "Continuity of contact mattered more than reminders.")
        .add("organisation", "Riverside Practice")
        .add("region", "NORTH_WEST")
        .add("contacts", list)
        .add("challenges", Json.createArrayBuilder().add("SMI_PHYSICAL_HEALTH"))
        .add("priorityAreas", Json.createArrayBuilder().add("SMI_PRIMARY_CARE"))
        .add("professions", Json.createArrayBuilder().add("PRACTICE_NURSE"))
        .add("settings", Json.createArrayBuilder().add("PRIMARY_CARE"))
        .add("moduleSlugs", Json.createArrayBuilder())
        .build()
        .toString();
  }

  /** Every post of a thread, as HTML, page by page. */
  private static List<String> posts(ApiSession reader, String thread) throws Exception {
    List<String> posts = new java.util.ArrayList<>();
    int pages = 1;
    for (int page = 1; page <= pages; page++) {
      JsonObject shown = LearnerApi.json(reader.get(thread + "?page=" + page));
      pages = shown.getInt("pages");
      for (JsonObject post : shown.getJsonArray("posts").getValuesAs(JsonObject.class)) {
        posts.add(post.getString("html"));
      }
    }
    return posts;
  }

  private static int hits(ApiSession session, String word) throws Exception {
    HttpResponse<String> found = session.get("/api/v1/search?type=caseStudy&q=" + word);
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    return LearnerApi.json(found).getInt("total");
  }

  /** When the node last ran the digests, from its metrics (management port). */
  private static double lastDigestRun(int managementPort) throws Exception {
    String metrics =
        ApiSession.anonymous(url("http://127.0.0.1:" + managementPort)).get("/metrics").body();
    return metrics
        .lines()
        .filter(
            line ->
                line.startsWith("parity_timer_last_run_seconds")
                    && line.contains("timer=\"DigestService\""))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElse(0);
  }

  private static MimeMessage awaitMailWith(String address, String word, Duration within)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline)) {
      for (MimeMessage message : MailLinks.to(MAIL, address)) {
        if (contains(message, word)) {
          return message;
        }
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("No mail to " + address + " holding " + word + " within " + within);
  }

  private static boolean contains(MimeMessage message, String word) {
    try {
      return com.icegreen.greenmail.util.GreenMailUtil.getBody(message).contains(word);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void cluster(String action, String... arguments) throws Exception {
    new ClusterScript(
            Map.of(
                "PARITY_ADMIN_EMAIL", ADMIN,
                "PARITY_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "PARITY_SMTP_PORT", String.valueOf(MAIL.getSmtp().getPort())))
        .run(action, arguments);
  }

  private static URL url(String address) {
    try {
      return URI.create(address).toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
