package org.parity.load;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
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
 * Members replying to one thread at the same moment all land, numbered without gaps; a member
 * opening a thread in several tabs at once gets one read marker, without an error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentRepliesIT {

  private static final int WRITERS = 8;
  private static final int REPLIES_EACH = 50;

  @Deployment(testable = false)
  static EnterpriseArchive parity() {
    return Deployments.wholeEar();
  }

  @ArquillianResource URL base;

  @Test
  void eightWritersReplyingAtOnceAllLandNumberedOneAfterAnother() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    BusyNetwork network = BusyNetwork.create(base, run, WRITERS);
    Map<Integer, String> refused = new ConcurrentHashMap<>();

    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      writers.add(
          pool.submit(
              () -> {
                for (int r = 0; r < REPLIES_EACH; r++) {
                  HttpResponse<String> answer =
                      network
                          .people()
                          .get(writer)
                          .postJson(
                              network.threadApi() + "/posts",
                              Json.createObjectBuilder()
                                  .add("body", "Reply " + r + " from writer " + writer)
                                  .build()
                                  .toString());
                  if (answer.statusCode() != 201) {
                    refused.put(writer * 1000 + r, answer.statusCode() + " " + answer.body());
                  }
                }
                return null;
              }));
    }
    for (Future<?> writer : writers) {
      writer.get();
    }
    pool.shutdown();

    assertThat(refused).as("replies refused").isEmpty();
    Map<Integer, String> posts = new TreeMap<>();
    int pages = 1;
    for (int page = 1; page <= pages; page++) {
      JsonObject thread =
          BusyNetwork.json(network.people().get(0).get(network.threadApi() + "?page=" + page));
      pages = thread.getInt("pages");
      for (JsonObject post : thread.getJsonArray("posts").getValuesAs(JsonObject.class)) {
        posts.put(post.getInt("number"), post.getString("html"));
      }
    }
    int expected = 1 + WRITERS * REPLIES_EACH;
    assertThat(posts.keySet())
        .as("the opening post and every reply, numbered 1 to %d", expected)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, expected).boxed().toList());
    for (int w = 0; w < WRITERS; w++) {
      for (int r = 0; r < REPLIES_EACH; r++) {
        String body = "Reply " + r + " from writer " + w;
        assertThat(posts.values()).as(body).anyMatch(html -> html.contains(body + "<"));
      }
    }
  }

  @Test
  void tabsOpeningAThreadAtOnceMakeOneReadMarkerWithoutAnError() throws Exception {
    BusyNetwork network = BusyNetwork.create(base, UUID.randomUUID().toString().substring(0, 8), 2);
    network.reply(30);
    ApiSession reader = network.people().get(1);
    Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    long logBefore = Files.size(log);

    ExecutorService tabs = Executors.newFixedThreadPool(WRITERS);
    List<Future<HttpResponse<String>>> pages = new ArrayList<>();
    for (int t = 0; t < WRITERS; t++) {
      pages.add(tabs.submit(() -> reader.get(network.threadPage() + "?page=2")));
    }
    for (Future<HttpResponse<String>> page : pages) {
      assertThat(page.get().statusCode()).isEqualTo(200);
    }
    tabs.shutdown();
    byte[] logged = Files.readAllBytes(log);
    int from = (int) Math.min(logBefore, logged.length);
    assertThat(new String(logged, from, logged.length - from, StandardCharsets.UTF_8))
        .as("the server's log while the tabs opened the thread")
        .doesNotContainIgnoringCase("forum_read_marker")
        .doesNotContain("Duplicate entry");

    // Read up to post 31: with one more reply, the thread opens at post 32.
    network.reply(1);
    HttpResponse<String> opened = reader.get(network.threadPage());
    assertThat(opened.statusCode()).isEqualTo(302);
    assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("?page=2#post-32");
  }
}
