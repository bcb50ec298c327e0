package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.dmr.ValueExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.parity.it.SharedParity;

/**
 * What operators and load balancers read: liveness and readiness on the public port (no session,
 * any host name), and metrics in Prometheus format on the management interface only.
 */
// Alone: it reads the server's metrics and switches its log format while it runs.
@Isolated
class OperationsIT extends BrowserTest {

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String address) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request written by hand: HTTP clients do not let a caller choose the Host header. */
  private String statusLine(String path, String host) throws Exception {
    URI base = URI.create(browser.base());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket
          .getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    }
  }

  private String at(String path) {
    return browser.base() + path;
  }

  @Test
  void aLiveNodeSaysSoAndAReadyOneNamesWhatItChecked() throws Exception {
    HttpResponse<String> live = get(at("/health/live"));
    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(live.headers().firstValue("Set-Cookie")).isEmpty();

    HttpResponse<String> ready = get(at("/health/ready"));
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
    assertThat(ready.headers().firstValue("Cache-Control")).contains("no-store");
    JsonObject report = Json.createReader(new StringReader(ready.body())).readObject();
    assertThat(report.getString("status")).isEqualTo("UP");
    Map<String, String> checks =
        report.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    assertThat(checks)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("database", "UP", "migrations", "UP", "search", "UP"));
  }

  @Test
  void aProbeByAddressIsAnsweredThoughPagesAreNot() throws Exception {
    // A balancer probes by the node's address, which is no host name Parity answers pages for.
    assertThat(statusLine("/health/ready", "10.1.2.3:8080")).contains(" 200 ");
    assertThat(statusLine("/health/live", "10.1.2.3")).contains(" 200 ");
    assertThat(statusLine("/curricula", "10.1.2.3:8080")).contains(" 400 ");
  }

  @Test
  void metricsAreOnTheManagementInterfaceNotThePublicOne() throws Exception {
    assertThat(get(at("/metrics")).statusCode()).isEqualTo(404);
    int management = URI.create(browser.base()).getPort() + 1910; // 8080 → 9990, with any offset
    HttpResponse<String> metrics = get("http://127.0.0.1:" + management + "/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("parity_mail_outbox_pending")
        .contains("parity_search_rebuilding")
        .containsPattern("(?m)^undertow_request_count_total\\{.*deployment=\"parity.ear\"")
        .containsPattern("(?m)^datasources_pool_active_count\\{.*name=\"ParityDS\"");
  }

  @Test
  void eachTimersLastRunIsInTheMetricsOnceItHasRun() throws Exception {
    int management = URI.create(browser.base()).getPort() + 1910;
    String address = "http://127.0.0.1:" + management + "/metrics";
    // Mail delivery retries every minute and the record store is tried every 30 seconds.
    Pattern lastRun =
        Pattern.compile(
            "(?m)^parity_timer_last_run_seconds\\{.*timer=\"MailDelivery\".*\\} ([0-9.E]+)$");
    double since = System.currentTimeMillis() / 1000.0 - 120;
    Awaitility.await()
        .atMost(Duration.ofSeconds(75))
        .pollInterval(Duration.ofSeconds(3))
        .until(() -> lastRun.matcher(get(address).body()).find());
    String metrics = get(address).body();
    Matcher run = lastRun.matcher(metrics);
    assertThat(run.find()).isTrue();
    assertThat(Double.parseDouble(run.group(1))).as("a recent Unix time").isGreaterThan(since);
    assertThat(metrics)
        .containsPattern("(?m)^parity_timer_last_success_seconds\\{.*timer=\"MailDelivery\"")
        .containsPattern("(?m)^parity_timer_last_duration_seconds\\{.*timer=\"MailDelivery\"")
        .containsPattern("(?m)^parity_timer_failures_total\\{.*timer=\"MailDelivery\"");
  }

  @Test
  void jsonLogsAreAnOptionOnTheConsole() throws Exception {
    Path console =
        Path.of(System.getProperty("parity.ear"))
            .resolveSibling("browser-server")
            .resolve("console.log");
    ModelNode handler =
        Operations.createAddress("subsystem", "logging", "console-handler", "JSON_CONSOLE");
    try (ModelControllerClient management = SharedParity.management()) {
      ModelNode read = management.execute(Operations.createReadResourceOperation(handler));
      assertThat(Operations.isSuccessfulOutcome(read)).as(read.toString()).isTrue();
      ModelNode resource = Operations.readResult(read);
      assertThat(resource.get("named-formatter").asString()).isEqualTo("JSON");
      assertThat(resource.get("enabled").toString())
          .as("off unless PARITY_LOG_JSON says otherwise")
          .contains("${env.PARITY_LOG_JSON:false}");

      // Switched on in the running server, a line Parity logs reaches the console as JSON.
      long from = Files.size(console);
      enable(management, handler, new ModelNode(true));
      try {
        ApiSession admin =
            ApiSession.signedIn(
                base,
                System.getProperty("it.admin.email"),
                System.getProperty("it.admin.password"));
        assertThat(admin.post("/api/v1/admin/search-index").statusCode()).isEqualTo(202);
        Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> jsonLine(console, from, "Search index refreshed") != null);
        JsonObject line =
            Json.createReader(new StringReader(jsonLine(console, from, "Search index refreshed")))
                .readObject();
        assertThat(line.getString("level")).isEqualTo("INFO");
        assertThat(line.getString("loggerName"))
            .isEqualTo("org.parity.search.infrastructure.SearchIndex");
        assertThat(line.getString("service")).isEqualTo("parity");
        assertThat(line.getString("timestamp")).isNotBlank();
      } finally {
        ModelNode off = new ModelNode();
        off.set(new ValueExpression("${env.PARITY_LOG_JSON:false}"));
        enable(management, handler, off);
      }
    }
  }

  private static void enable(ModelControllerClient management, ModelNode handler, ModelNode value)
      throws Exception {
    ModelNode result =
        management.execute(Operations.createWriteAttributeOperation(handler, "enabled", value));
    assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
  }

  /** The first line written to the console since {@code from} that is JSON and holds the text. */
  private static String jsonLine(Path console, long from, String text) throws Exception {
    try (RandomAccessFile file = new RandomAccessFile(console.toFile(), "r")) {
      file.seek(from);
      byte[] rest = new byte[(int) (file.length() - from)];
      file.readFully(rest);
      return new String(rest, StandardCharsets.UTF_8)
          .lines()
          // With the plain console lines on too, their colour codes end at the next line's start.
          .map(l -> l.replaceAll("^(\u001B\\[[0-9;]*m)+", ""))
          .filter(l -> l.startsWith("{") && l.contains(text))
          .findFirst()
          .orElse(null);
    }
  }
}
