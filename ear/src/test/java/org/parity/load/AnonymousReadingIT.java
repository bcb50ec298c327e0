package org.parity.load;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.browser.ApiSession;
import org.parity.it.Deployments;

/**
 * A visitor who is not signed in reads every public page without the server keeping anything for
 * them: no HTTP session is created, whatever they read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymousReadingIT {

  private static final String STARTER = "integrating-physical-and-mental-health-care";

  @Deployment(testable = false)
  static EnterpriseArchive parity() {
    return Deployments.wholeEar();
  }

  @ArquillianResource URL base;

  /** A client that keeps no cookies, as a crawler or a first-time visitor on each page. */
  private final HttpClient visitor =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void aTourOfThePublicPagesCreatesNoSession() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    BusyNetwork network = BusyNetwork.create(base, run, 1);
    network.reply(30);
    ApiSession api = ApiSession.anonymous(base);
    JsonObject curriculum =
        Json.createReader(new java.io.StringReader(api.get("/api/v1/curricula").body()))
            .readArray()
            .getJsonObject(0);
    String caseStudy =
        BusyNetwork.json(api.get("/api/v1/search?type=caseStudy&q=care"))
            .getJsonArray("hits")
            .getJsonObject(0)
            .getString("slug");
    long event =
        BusyNetwork.json(api.get("/api/v1/networks/" + STARTER + "/events"))
            .getJsonArray("upcoming")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();

    List<String> tour =
        List.of(
            "/",
            "/curricula",
            "/curricula?profession=GP",
            "/curricula/" + curriculum.getString("slug"),
            "/modules/" + curriculum.getJsonArray("modules").getString(0),
            "/networks",
            "/networks/" + STARTER,
            "/networks/" + STARTER + "/events",
            "/networks/" + STARTER + "/events/" + event,
            "/networks/" + network.slug(),
            network.threadPage(),
            network.threadPage() + "?page=2",
            "/case-studies",
            "/case-studies?q=depression&sort=date",
            "/case-studies/" + caseStudy,
            "/search?q=copd",
            "/login",
            "/register",
            "/forgot-password",
            "/?lang=cy",
            "/no-such-page");
    List<String> withSession = new ArrayList<>();
    for (String path : tour) {
      HttpResponse<String> page = get(path);
      assertThat(page.statusCode()).as(path).isIn(200, 404);
      if (page.headers().allValues("Set-Cookie").stream()
          .anyMatch(c -> c.startsWith("JSESSIONID="))) {
        withSession.add(path);
      }
    }
    assertThat(withSession).as("pages that made a session for a visitor").isEmpty();
    assertThat(get("/?lang=cy").headers().allValues("Set-Cookie"))
        .as("the chosen language is kept in a cookie of its own")
        .anyMatch(c -> c.startsWith("parity-lang=cy"));
  }

  @Test
  void aVisitorOpensAThreadAtItsFirstPost() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    BusyNetwork network = BusyNetwork.create(base, run, 1);
    network.reply(30);
    HttpResponse<String> page = get(network.threadPage());
    assertThat(page.statusCode()).as("no redirect to the last page").isEqualTo(200);
    assertThat(page.body()).contains("The opening post.").doesNotContain("Reply 29<");
  }

  @Test
  void aVisitorsCopyOfAThreadPageIsAnsweredWith304UntilTheThreadChanges() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    BusyNetwork network = BusyNetwork.create(base, run, 1);
    HttpResponse<String> first = get(network.threadPage());
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = get(network.threadPage());
    assertThat(again.body()).as("the kept page is the page").isEqualTo(first.body());
    assertThat(again.headers().firstValue("ETag")).contains(etag);
    assertThat(conditional(network.threadPage(), etag).statusCode()).isEqualTo(304);
    assertThat(conditional(network.threadPage() + "?page=1", etag).statusCode()).isEqualTo(304);
    assertThat(
            visitor
                .send(
                    HttpRequest.newBuilder(uri(network.threadPage()))
                        .header("If-None-Match", etag)
                        .header("Accept-Language", "cy")
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .as("another language is another page")
        .isEqualTo(200);

    network.people().get(0).postJson(network.threadApi() + "/posts", "{\"body\":\"Fresh news\"}");
    HttpResponse<String> changed = conditional(network.threadPage(), etag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body()).contains("Fresh news");
    assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    assertThat(changed.headers().allValues("Set-Cookie")).isEmpty();
  }

  private HttpResponse<String> conditional(String path, String etag) throws Exception {
    return visitor.send(
        HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create(base.toString().replaceAll("/$", "") + path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return visitor.send(
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
