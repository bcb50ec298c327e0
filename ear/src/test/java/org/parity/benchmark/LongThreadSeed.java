package org.parity.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.parity.browser.ApiSession;
import org.parity.browser.LearnerApi;

/**
 * Builds the benchmark's forum through the public API, as people would: an administrator sets up an
 * open network with a facilitator, who starts a long thread, replies to it until it has {@code
 * posts} posts, and starts a second thread that keeps only its opening post. The facilitator writes
 * everything because facilitators are exempt from the posting limit new accounts have.
 */
final class LongThreadSeed {

  private static final String PASSWORD = "benchmark lantern orchard 77";
  private static final String ORGANISATION = "college-of-whole-person-care-demo";

  /** What the benchmark reads: the network, the two threads, and how long seeding took. */
  record Forum(String slug, long longThread, long emptyThread, int posts, Duration seeding) {

    String page(long thread, int page) {
      return "/networks/" + slug + "/threads/" + thread + "?page=" + page;
    }
  }

  private final URL base;
  private final PrintStream progress;

  LongThreadSeed(URL base, PrintStream progress) {
    this.base = base;
    this.progress = progress;
  }

  Forum seed(int posts) throws IOException, InterruptedException {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String facilitator = "bench-facilitator-" + run + "@example.org";
    String slug = "forum-benchmark-" + run;
    ApiSession admin =
        ApiSession.signedIn(
            base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    created(admin.postJson("/api/v1/admin/accounts", account(facilitator, run)));
    created(admin.postJson("/api/v1/networks", network(slug, run, facilitator)));

    // Signed in after the network exists, so the session carries the FACILITATOR role it granted.
    ApiSession writer = ApiSession.signedIn(base, facilitator, PASSWORD);
    String threads = "/api/v1/networks/" + slug + "/threads";
    long category = writer.firstForumCategory("/api/v1/networks/" + slug);

    long started = System.nanoTime();
    long longThread = startThread(writer, threads, category, "A very long conversation " + run);
    String replies = threads + "/" + longThread + "/posts";
    // One writer, one after another: replies to a thread serialise on its version anyway.
    for (int number = 2; number <= posts; number++) {
      created(writer.postJson(replies, body(number)));
      if (number % 1000 == 0) {
        progress.printf(
            "Seeded %,d of %,d posts in %.0f s%n",
            number, posts, (System.nanoTime() - started) / 1e9);
      }
    }
    Duration seeding = Duration.ofNanos(System.nanoTime() - started);
    long emptyThread = startThread(writer, threads, category, "A quiet conversation " + run);
    return new Forum(slug, longThread, emptyThread, posts, seeding);
  }

  private static long startThread(ApiSession writer, String threads, long category, String title)
      throws IOException, InterruptedException {
    String request =
        Json.createObjectBuilder()
            .add("category", category)
            .add("title", title)
            .add("body", postText(1))
            .build()
            .toString();
    return created(writer.postJson(threads, request)).getJsonNumber("id").longValue();
  }

  /**
   * A post of ordinary length, with a little Markdown, that names its number: the checks find "Post
   * number 9976" on page 400.
   */
  static String postText(int number) {
    return "Post number "
        + number
        + ". We tried the **two-question** mood check at the annual review and found that asking"
        + " about sleep first made the conversation easier. Has anyone compared it with the"
        + " *PHQ-9* in a busy clinic?";
  }

  private static String body(int number) {
    return Json.createObjectBuilder().add("body", postText(number)).build().toString();
  }

  private static String account(String email, String run) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("password", PASSWORD)
        .add("displayName", "Benchmark Facilitator " + run)
        .add("profession", "GP")
        .add("roles", Json.createArrayBuilder().add("LEARNER").add("MEMBER"))
        .add("organisations", Json.createArrayBuilder().add(ORGANISATION))
        .build()
        .toString();
  }

  private static String network(String slug, String run, String facilitator) {
    return Json.createObjectBuilder()
        .add("slug", slug)
        .add("name", "Forum benchmark " + run)
        .add("description", "A network the forum benchmark fills with one very long thread.")
        .add("open", true)
        .add("facilitators", Json.createArrayBuilder().add(facilitator))
        .build()
        .toString();
  }

  private static JsonObject created(HttpResponse<String> response) {
    if (response.statusCode() != 201) {
      throw new AssertionError("Seeding refused: " + response.statusCode() + " " + response.body());
    }
    return LearnerApi.json(response);
  }
}
