package org.parity.benchmark.load;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parity.browser.ApiSession;
import org.parity.browser.LearnerApi;

/**
 * Builds the load benchmark's forum through the public API, as people would: an administrator opens
 * a network whose facilitators (exempt from the posting limit new accounts have) write a thread of
 * {@link #POSTS} posts between them and a second thread of its opening post only; then {@link
 * #READERS} members join it and sign in. {@link #signInAgain} signs them all in anew, at another
 * address (a balancer's) or after their sessions were lost.
 */
final class LoadSeed {

  static final int POSTS = 500;
  static final int READERS = 50;
  private static final int WRITERS = 4;
  private static final String PASSWORD = "benchmark harbour willow 58";

  private final URL base;
  private final PrintStream progress;

  LoadSeed(URL base, PrintStream progress) {
    this.base = base;
    this.progress = progress;
  }

  LoadForum seed() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String slug = "load-benchmark-" + run;
    ApiSession admin =
        ApiSession.signedIn(
            base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    JsonArrayBuilder facilitators = Json.createArrayBuilder();
    List<String> writerEmails = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      String email = writer(run, i);
      admin.createAccount(email, PASSWORD, "Load Writer " + i);
      facilitators.add(email);
      writerEmails.add(email);
    }
    created(admin.postJson("/api/v1/networks", network(slug, run, facilitators)));

    // Signed in after the network exists, so their sessions carry the FACILITATOR role it granted.
    List<ApiSession> writers = new ArrayList<>();
    for (String email : writerEmails) {
      writers.add(ApiSession.signedIn(base, email, PASSWORD));
    }
    String threads = "/api/v1/networks/" + slug + "/threads";
    long category = writers.get(0).firstForumCategory("/api/v1/networks/" + slug);
    String longTitle = "A busy conversation " + run;
    long longThread = startThread(writers.get(0), threads, category, longTitle);
    reply(writers, threads + "/" + longThread + "/posts");
    String quietTitle = "A quiet conversation " + run;
    long quietThread = startThread(writers.get(0), threads, category, quietTitle);
    progress.printf("Seeded a thread of %d posts in %s%n", POSTS, slug);

    List<String> cookies = new ArrayList<>();
    for (int i = 0; i < READERS; i++) {
      String email = reader(run, i);
      admin.createAccount(email, PASSWORD, "Load Reader " + i);
      ApiSession reader = ApiSession.signedIn(base, email, PASSWORD);
      HttpResponse<String> joined = reader.post("/api/v1/networks/" + slug + "/join");
      if (joined.statusCode() != 200) {
        throw new IllegalStateException("Joining " + slug + " refused: " + joined.body());
      }
      cookies.add(reader.cookieHeader());
    }
    progress.printf("Signed in %d readers%n", READERS);
    return new LoadForum(
        run,
        slug,
        longThread,
        longTitle,
        quietThread,
        quietTitle,
        cookies,
        writers.stream().map(ApiSession::cookieHeader).toList());
  }

  /** The forum's readers and writers signed in again at {@code at}, with new cookies. */
  static LoadForum signInAgain(LoadForum forum, URL at) throws Exception {
    List<String> readers = new ArrayList<>();
    for (int i = 0; i < READERS; i++) {
      readers.add(ApiSession.signedIn(at, reader(forum.run(), i), PASSWORD).cookieHeader());
    }
    List<String> writers = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      writers.add(ApiSession.signedIn(at, writer(forum.run(), i), PASSWORD).cookieHeader());
    }
    return forum.withCookies(readers, writers);
  }

  /** One of the forum's facilitators, signed in at {@code at}. */
  static ApiSession writer(LoadForum forum, URL at, int writer) throws Exception {
    return ApiSession.signedIn(at, writer(forum.run(), writer), PASSWORD);
  }

  private static String reader(String run, int reader) {
    return "load-reader" + reader + "-" + run + "@example.org";
  }

  private static String writer(String run, int writer) {
    return "load-writer" + writer + "-" + run + "@example.org";
  }

  /**
   * The replies, shared among the writers at once; their numbers are whatever order they land in.
   */
  private static void reply(List<ApiSession> writers, String replies) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers.size());
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int w = 0; w < writers.size(); w++) {
        ApiSession writer = writers.get(w);
        int first = w;
        work.add(
            pool.submit(
                () -> {
                  for (int i = first; i < POSTS - 1; i += writers.size()) {
                    postReply(writer, replies, i);
                  }
                  return null;
                }));
      }
      for (Future<?> writer : work) {
        writer.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A reply; concurrent replies queue on the thread, so every one must land (201). */
  private static void postReply(ApiSession writer, String replies, int reply)
      throws IOException, InterruptedException {
    String body = Json.createObjectBuilder().add("body", replyText(reply)).build().toString();
    created(writer.postJson(replies, body));
  }

  private static long startThread(ApiSession writer, String threads, long category, String title)
      throws IOException, InterruptedException {
    String request =
        Json.createObjectBuilder()
            .add("category", category)
            .add("title", title)
            .add("body", "The opening post. " + replyText(0))
            .build()
            .toString();
    return created(writer.postJson(threads, request)).getJsonNumber("id").longValue();
  }

  /** A post of ordinary length, with a little Markdown, as the forum benchmark writes. */
  private static String replyText(int reply) {
    return "Reply "
        + reply
        + ". We tried the **two-question** mood check at the annual review and found that asking"
        + " about sleep first made the conversation easier. Has anyone compared it with the"
        + " *PHQ-9* in a busy clinic?";
  }

  private static String network(String slug, String run, JsonArrayBuilder facilitators) {
    return Json.createObjectBuilder()
        .add("slug", slug)
        .add("name", "Load benchmark " + run)
        .add("description", "A network the load benchmark reads under fifty connections.")
        .add("open", true)
        .add("facilitators", facilitators)
        .build()
        .toString();
  }

  private static JsonObject created(HttpResponse<String> response) {
    if (response.statusCode() != 201) {
      throw new IllegalStateException(
          "Seeding refused: " + response.statusCode() + " " + response.body());
    }
    return LearnerApi.json(response);
  }
}
