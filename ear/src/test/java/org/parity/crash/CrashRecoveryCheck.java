package org.parity.crash;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parity.browser.ApiSession;
import org.parity.browser.LearnerApi;
import org.parity.it.ParityServer;
import org.parity.load.BusyNetwork;

/**
 * No acknowledged write is lost when the server dies: writers reply in a thread, save reflections
 * and save case-study drafts, recording every write the server acknowledged; the server's JVM is
 * killed with SIGKILL in the middle of it, started again on the same database, and every
 * acknowledged write is there, and search finds the replies once its index has caught up.
 *
 * <p>Run by {@code ./mvnw -Pcrash verify} (and by {@code .ci/run}, on H2 and on MariaDB): it starts
 * its own server from the build's WildFly ({@link ParityServer}), so it is not an Arquillian test.
 */
class CrashRecoveryCheck {

  private static final int REPLY_WRITERS = 4;
  private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(8);

  /** Clear of the run command's 8080 and the integration tests' servers. */
  private static final int PORT_OFFSET = 300;

  private final ParityServer server =
      new ParityServer(
          Path.of(System.getProperty("jboss.home")),
          Path.of(System.getProperty("crash.base")),
          PORT_OFFSET,
          "-Xms64m -Xmx512m",
          List.of());

  @AfterEach
  void stopServer() throws Exception {
    server.stop();
  }

  @Test
  void everyAcknowledgedWriteSurvivesAKilledServer() throws Exception {
    server.prepare(Path.of(System.getProperty("parity.ear")));
    server.start();
    URL base = server.url();
    String run = UUID.randomUUID().toString().substring(0, 8);
    BusyNetwork network = BusyNetwork.create(base, run, REPLY_WRITERS + 2);
    List<String> writers = network.emails();
    List<ApiSession> sessions = network.people();
    String thread = network.threadApi();

    // The learner's reflection: the last acknowledged text per writer must be what is stored.
    LearnerApi learner = new LearnerApi(sessions.get(REPLY_WRITERS));
    // A starter module with a reflection unit (the catalogue's order depends on what else the
    // database holds: the integration tests publish their own curricula before this runs).
    long enrolment = learner.enrol("module", "mental-health-in-long-term-conditions");
    long reflectionUnit = learner.firstReflection(enrolment, 0);

    Set<String> acknowledgedReplies = ConcurrentHashMap.newKeySet();
    Set<String> acknowledgedStudies = ConcurrentHashMap.newKeySet();
    Map<String, Integer> lastReflection = new ConcurrentHashMap<>();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(REPLY_WRITERS + 2);
    for (int w = 0; w < REPLY_WRITERS; w++) {
      ApiSession writer = sessions.get(w);
      String name = "w" + w;
      pool.submit(
          () -> {
            for (int n = 0; running.get(); n++) {
              String word = "crash" + run + name + "n" + n;
              if (status(
                      () ->
                          writer
                              .postJson(
                                  thread + "/posts", "{\"body\":\"Reply " + word + " stays.\"}")
                              .statusCode())
                  == 201) {
                acknowledgedReplies.add(word);
              }
            }
            return null;
          });
    }
    pool.submit(
        () -> {
          for (int n = 0; running.get(); n++) {
            int version = n;
            if (status(() -> learner.reflect(enrolment, reflectionUnit, "Reflection " + version))
                == 204) {
              lastReflection.put("learner", version);
            }
          }
          return null;
        });
    ApiSession author = sessions.get(REPLY_WRITERS + 1);
    pool.submit(
        () -> {
          for (int n = 0; running.get(); n++) {
            String title = "Crash study " + run + " " + n;
            if (status(
                    () ->
                        author
                            .postJson(
                                "/api/v1/case-studies",
                                Json.createObjectBuilder().add("title", title).build().toString())
                            .statusCode())
                == 201) {
              acknowledgedStudies.add(title);
            }
          }
          return null;
        });

    Thread.sleep(LOAD_BEFORE_KILL.toMillis());
    server.kill();
    running.set(false);
    pool.shutdown();
    assertThat(pool.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    assertThat(acknowledgedReplies).as("replies acknowledged before the kill").isNotEmpty();
    assertThat(acknowledgedStudies).as("drafts acknowledged before the kill").isNotEmpty();
    assertThat(lastReflection).as("reflections acknowledged before the kill").isNotEmpty();

    System.out.printf(
        "Killed the server after %d replies, %d case-study drafts and %d reflections were"
            + " acknowledged%n",
        acknowledgedReplies.size(), acknowledgedStudies.size(), lastReflection.get("learner") + 1);
    server.start();
    ApiSession reader = ApiSession.signedIn(base, writers.get(0), BusyNetwork.PASSWORD);
    Set<String> stored = new HashSet<>();
    int pages = 1;
    for (int page = 1; page <= pages; page++) {
      JsonObject shown = LearnerApi.json(reader.get(thread + "?page=" + page));
      pages = shown.getInt("pages");
      for (JsonObject post : shown.getJsonArray("posts").getValuesAs(JsonObject.class)) {
        String html = post.getString("html");
        int at = html.indexOf("crash" + run);
        if (at >= 0) {
          stored.add(html.substring(at, html.indexOf(' ', at)));
        }
      }
    }
    assertThat(stored)
        .as("acknowledged replies after the restart")
        .containsAll(acknowledgedReplies);

    ApiSession authorAgain =
        ApiSession.signedIn(base, writers.get(REPLY_WRITERS + 1), BusyNetwork.PASSWORD);
    String mine = authorAgain.get("/api/v1/case-studies/mine").body();
    assertThat(acknowledgedStudies)
        .as("acknowledged case-study drafts after the restart")
        .allMatch(title -> mine.contains("\"" + title + "\""));

    LearnerApi learnerAgain =
        new LearnerApi(ApiSession.signedIn(base, writers.get(REPLY_WRITERS), BusyNetwork.PASSWORD));
    String reflection =
        learnerAgain
            .player(enrolment, reflectionUnit)
            .getJsonObject("unit")
            .getString("reflection");
    int storedVersion = Integer.parseInt(reflection.replace("Reflection ", "").trim());
    assertThat(storedVersion)
        .as("the stored reflection is the last acknowledged one, or the one after it")
        .isGreaterThanOrEqualTo(lastReflection.get("learner"));

    // Search catches up with what the database kept (the index is checked at start).
    List<String> sample = new ArrayList<>(acknowledgedReplies);
    java.util.Collections.shuffle(sample);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    for (String word : sample.subList(0, Math.min(25, sample.size()))) {
      while (!found(reader, word)) {
        assertThat(Instant.now()).as("search finds " + word).isBefore(deadline);
        Thread.sleep(500);
      }
    }
  }

  private static boolean found(ApiSession reader, String word) throws Exception {
    JsonObject result =
        LearnerApi.json(
            reader.get(
                "/api/v1/search?type=thread&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
    return result.getInt("total") > 0;
  }

  /** The status of a write; a connection cut by the kill is not an acknowledgement (-1). */
  private static int status(Write write) {
    try {
      return write.send();
    } catch (Exception cut) {
      return -1;
    }
  }

  private interface Write {
    int send() throws Exception;
  }
}
