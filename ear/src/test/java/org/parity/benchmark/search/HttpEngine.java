package org.parity.benchmark.search;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Parity's public API, {@code GET /api/v1/search?type=caseStudy&q=}, over HTTP/1.1 keep-alive
 * connections to the server's own port, reading and parsing the whole JSON answer.
 */
final class HttpEngine implements SearchEngine {

  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  HttpEngine(URI base) {
    this.base = base;
  }

  @Override
  public String name() {
    return "Parity, `GET /api/v1/search` (HTTP)";
  }

  @Override
  public List<String> topTen(String query) throws Exception {
    URI uri =
        base.resolve(
            "/api/v1/search?type=caseStudy&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri).header("Accept", "application/json").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + response.statusCode());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject results = reader.readObject();
      return results.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
          .map(hit -> hit.getString("slug"))
          .toList();
    }
  }
}
