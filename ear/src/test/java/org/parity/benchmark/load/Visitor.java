package org.parity.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Reads pages as wrk will: no cookie jar, no redirects followed, only the cookies it is given (or
 * none, for an anonymous visitor). The benchmark checks each page through it before timing it.
 */
final class Visitor {

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;

  Visitor(URL base) {
    this.base = withoutSlash(base);
  }

  static String withoutSlash(URL url) {
    return url.toString().replaceAll("/$", "");
  }

  String url(String path) {
    return base + path;
  }

  /** The page, as someone with this Cookie header (or none: {@code null}) would get it. */
  HttpResponse<String> get(String path, String cookies) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
    if (cookies != null) {
      request.header("Cookie", cookies);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> put(String path, byte[] body) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", "text/html;charset=UTF-8")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
