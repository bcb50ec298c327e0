package org.parity.load;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.parity.browser.ApiSession;

/**
 * A new open network whose people are all its facilitators (so the new-account limit on posts does
 * not apply to them), each signed in through the API, and one thread in it: what the load tests
 * write into.
 */
public record BusyNetwork(String slug, List<String> emails, List<ApiSession> people, long thread) {

  public static final String PASSWORD = "harbour lantern thistle 91";

  public static BusyNetwork create(URL base, String run, int size) throws Exception {
    ApiSession admin =
        ApiSession.signedIn(
            base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    var facilitators = Json.createArrayBuilder();
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String email = "writer" + i + "-" + run + "@example.org";
      emails.add(email);
      facilitators.add(email);
      admin.createAccount(email, PASSWORD, "Writer " + i);
    }
    String slug = "busy-" + run;
    HttpResponse<String> network =
        admin.postJson(
            "/api/v1/networks",
            Json.createObjectBuilder()
                .add("slug", slug)
                .add("name", "Busy " + run)
                .add("description", "Written into by the load tests.")
                .add("open", true)
                .add("facilitators", facilitators)
                .build()
                .toString());
    assertThat(network.statusCode()).as(network.body()).isEqualTo(201);
    List<ApiSession> people = new ArrayList<>();
    for (String email : emails) {
      people.add(ApiSession.signedIn(base, email, PASSWORD));
    }
    String threads = "/api/v1/networks/" + slug + "/threads";
    long category = people.get(0).firstForumCategory("/api/v1/networks/" + slug);
    HttpResponse<String> thread =
        people
            .get(0)
            .postJson(
                threads,
                Json.createObjectBuilder()
                    .add("category", category)
                    .add("title", "Busy thread " + run)
                    .add("body", "The opening post.")
                    .build()
                    .toString());
    assertThat(thread.statusCode()).as(thread.body()).isEqualTo(201);
    return new BusyNetwork(slug, emails, people, json(thread).getJsonNumber("id").longValue());
  }

  /** {@code count} replies ("Reply 0", "Reply 1", …) by the first person, each acknowledged. */
  public void reply(int count) throws Exception {
    for (int i = 0; i < count; i++) {
      HttpResponse<String> reply =
          people.get(0).postJson(threadApi() + "/posts", "{\"body\":\"Reply " + i + "\"}");
      assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    }
  }

  public String threadApi() {
    return "/api/v1/networks/" + slug + "/threads/" + thread;
  }

  public String threadPage() {
    return "/networks/" + slug + "/threads/" + thread;
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
