package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.TestAccounts;

/**
 * Statements go to the external learning record store the server is configured with (the build
 * points it at this test's HTTP server), in xAPI's shape, and again after the store has failed.
 */
class LearningRecordStoreIT extends BrowserTest {

  private static final String PASSWORD = "meadow copper kettle 27";

  /** One POST the store received: its headers and the statements in it. */
  record Received(String contentType, String version, String authorization, JsonArray statements) {}

  @Test
  void statementsReachTheStoreInXapiShapeAndAreSentAgainAfterAFailure() throws Exception {
    List<Received> received = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    HttpServer store =
        HttpServer.create(
            new InetSocketAddress("127.0.0.1", Integer.getInteger("it.lrs.port", 3026)), 0);
    store.createContext(
        "/xapi/statements",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          // The store is down for the first request it sees: that batch must come again.
          int status = calls.getAndIncrement() == 0 ? 503 : 200;
          if (status == 200) {
            try (var reader = Json.createReader(new StringReader(body))) {
              received.add(
                  new Received(
                      exchange.getRequestHeaders().getFirst("Content-Type"),
                      exchange.getRequestHeaders().getFirst("X-Experience-API-Version"),
                      exchange.getRequestHeaders().getFirst("Authorization"),
                      reader.readArray()));
            }
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    store.start();
    try {
      String run = UUID.randomUUID().toString().substring(0, 6);
      String publisher = "lrs-pub-" + run + "@example.org";
      String learner = "lrs-" + run + "@example.org";
      TestAccounts accounts = new TestAccounts(browser);
      accounts.create(
          publisher,
          "Pat Publisher",
          PASSWORD,
          List.of("EDITOR", "PUBLISHER"),
          TestContent.COLLEGE);
      accounts.create(learner, "Lou Learner", PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
      String module = "lrs-mood-" + run;
      new TestContent(ApiSession.signedIn(base, publisher, PASSWORD))
          .publishModule(module, "Mood, recorded elsewhere " + run, 1, 1, 0);
      ApiSession session = ApiSession.signedIn(base, learner, PASSWORD);
      String enrolled =
          session.postJson("/api/v1/me/enrolments", "{\"module\":\"" + module + "\"}").body();
      long enrolment = Long.parseLong(enrolled.replaceAll("\\D", ""));
      JsonObject player;
      try (var reader =
          Json.createReader(
              new StringReader(session.get("/api/v1/me/enrolments/" + enrolment).body()))) {
        player = reader.readObject();
      }
      long text =
          player
              .getJsonArray("modules")
              .getJsonObject(0)
              .getJsonArray("units")
              .getJsonObject(0)
              .getJsonNumber("id")
              .longValue();
      assertThat(
              session
                  .post("/api/v1/me/enrolments/" + enrolment + "/units/" + text + "/done")
                  .statusCode())
          .isEqualTo(204);

      String activity = "/modules/" + module + "/v1";
      await()
          .atMost(Duration.ofSeconds(90))
          .untilAsserted(
              () -> assertThat(verbsFor(received, activity)).contains("launched", "experienced"));
      assertThat(calls.get()).as("the failed batch was sent again").isGreaterThan(1);
      Received first = received.get(0);
      assertThat(first.contentType()).startsWith("application/json");
      assertThat(first.version()).isEqualTo("1.0.3");
      assertThat(first.authorization())
          .isEqualTo(
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString("parity:lrs-test-secret".getBytes(StandardCharsets.UTF_8)));
      JsonObject statement =
          received.stream()
              .flatMap(r -> r.statements().getValuesAs(JsonObject.class).stream())
              .filter(s -> s.getJsonObject("object").getString("id").contains(activity))
              .findFirst()
              .orElseThrow();
      assertThat(UUID.fromString(statement.getString("id"))).isNotNull();
      assertThat(statement.getJsonObject("actor").getString("objectType")).isEqualTo("Agent");
      assertThat(statement.getJsonObject("actor").getJsonObject("account").getString("homePage"))
          .startsWith("http");
      assertThat(statement.getJsonObject("verb").getString("id"))
          .startsWith("http://adlnet.gov/expapi/verbs/");
      assertThat(statement.getJsonObject("object").getString("objectType")).isEqualTo("Activity");
      assertThat(statement.getString("timestamp")).endsWith("Z");
      // Each statement once: the store never receives the same id twice after accepting it.
      List<String> ids =
          received.stream()
              .flatMap(r -> r.statements().getValuesAs(JsonObject.class).stream())
              .map(s -> s.getString("id"))
              .toList();
      assertThat(ids).doesNotHaveDuplicates();
    } finally {
      store.stop(0);
    }
  }

  private static List<String> verbsFor(List<Received> received, String activity) {
    return received.stream()
        .flatMap(r -> r.statements().getValuesAs(JsonObject.class).stream())
        .filter(s -> s.getJsonObject("object").getString("id").contains(activity))
        .map(s -> s.getJsonObject("verb").getJsonObject("display").getString("en-GB"))
        .toList();
  }
}
