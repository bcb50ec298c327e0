package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What operators and load balancers read: liveness and readiness on the public port (no session,
 * any host name), and metrics in Prometheus format on the management interface only.
 */
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
}
