package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.TestAccounts;

/**
 * The forum's rules over HTTP: editing and its history, "helpful", quoting, unread counts, flags,
 * hiding, locking, pinning, moving, suspensions, the moderation log, and the new-account limit.
 * Authorisation is the services': members, other networks' facilitators and strangers are refused.
 */
class ForumModerationIT extends BrowserTest {

  private static final String PASSWORD = "saffron ladder meadow 64";
  private static final String STARTER = "integrating-physical-and-mental-health-care";

  private static JsonObject json(HttpResponse<String> response) {
    return LearnerApi.json(response);
  }

  private record People(
      String run,
      ApiSession admin,
      ApiSession fay,
      ApiSession ana,
      ApiSession ben,
      ApiSession gil) {}

  /** Fay facilitates a new open network that Ana and Ben join; Gil facilitates another one. */
  private People people() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    TestAccounts accounts = new TestAccounts(browser);
    for (String who : List.of("fay", "ana", "ben", "gil")) {
      accounts.create(
          who + "-mod-" + run + "@example.org",
          Character.toUpperCase(who.charAt(0)) + who.substring(1) + " Mod" + run,
          PASSWORD,
          List.of("LEARNER"),
          TestContent.COLLEGE);
    }
    ApiSession admin =
        ApiSession.signedIn(
            base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    TestNetworks networks = TestNetworks.asAdministrator(base);
    networks.create("mod-" + run, true, "fay-mod-" + run + "@example.org");
    networks.create("other-" + run, true, "gil-mod-" + run + "@example.org");
    People people =
        new People(
            run,
            admin,
            session("fay", run),
            session("ana", run),
            session("ben", run),
            session("gil", run));
    assertThat(people.ana().post("/api/v1/networks/mod-" + run + "/join").body())
        .contains("ACTIVE");
    assertThat(people.ben().post("/api/v1/networks/mod-" + run + "/join").body())
        .contains("ACTIVE");
    return people;
  }

  private ApiSession session(String who, String run) throws Exception {
    return ApiSession.signedIn(base, who + "-mod-" + run + "@example.org", PASSWORD);
  }

  private static long startThread(ApiSession session, String network, long category, String title)
      throws Exception {
    HttpResponse<String> created =
        session.postJson(
            network + "/threads",
            "{\"category\":"
                + category
                + ",\"title\":\""
                + title
                + "\",\"body\":\"Opening post\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  private static JsonObject post(JsonObject thread, int number) {
    return thread.getJsonArray("posts").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getInt("number") == number)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void membersEditQuoteAndMarkHelpfulAndUnreadCountsFollowTheirReading() throws Exception {
    People p = people();
    String network = "/api/v1/networks/mod-" + p.run();
    long category = p.ana().firstForumCategory(network);
    long id = startThread(p.ana(), network, category, "Edits " + p.run());
    String thread = network + "/threads/" + id;

    // Ben has not opened the thread: everything in it is new to him.
    JsonObject list = json(p.ben().get(network + "/threads"));
    JsonObject line = list.getJsonArray("threads").getJsonObject(0);
    assertThat(line.getInt("unread")).isEqualTo(1);
    assertThat(line.getInt("firstUnread")).isEqualTo(1);

    assertThat(
            p.ben()
                .postJson(thread + "/posts", "{\"body\":\"Hello @AnaMod" + p.run() + "\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            json(p.ben().get(network + "/threads"))
                .getJsonArray("threads")
                .getJsonObject(0)
                .getInt("unread"))
        .as("reading the thread and writing in it leaves nothing new for Ben")
        .isZero();
    JsonObject forAna =
        json(p.ana().get(network + "/threads")).getJsonArray("threads").getJsonObject(0);
    assertThat(forAna.getInt("unread")).as("what Ana wrote herself is read").isEqualTo(1);
    assertThat(forAna.getInt("firstUnread")).isEqualTo(2);
    json(p.ana().get(thread));
    forAna = json(p.ana().get(network + "/threads")).getJsonArray("threads").getJsonObject(0);
    assertThat(forAna.getInt("unread")).isZero();

    // Editing: the author only; facilitators see what it said before.
    assertThat(
            p.ana()
                .putJson(thread + "/posts/1", "{\"body\":\"Opening post, clearer\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(p.ben().putJson(thread + "/posts/1", "{\"body\":\"Not mine\"}").statusCode())
        .isEqualTo(409);
    assertThat(p.ana().putJson(thread + "/posts/1", "{\"body\":\"  \"}").statusCode())
        .isEqualTo(400);
    JsonObject asFay = json(p.fay().get(thread));
    assertThat(post(asFay, 1).getString("html")).contains("Opening post, clearer");
    assertThat(post(asFay, 1).getJsonArray("revisions").getJsonObject(0).getString("markdown"))
        .isEqualTo("Opening post");
    assertThat(post(json(p.ben().get(thread)), 1).getJsonArray("revisions")).isEmpty();
    assertThat(post(json(p.ana().get(thread)), 1).getBoolean("mayEdit")).isTrue();
    assertThat(post(json(p.ben().get(thread)), 1).getBoolean("mayEdit")).isFalse();

    // Helpful: once per member, taken back by a second press, never on one's own post.
    assertThat(json(p.ben().post(thread + "/posts/1/helpful")).getBoolean("helpful")).isTrue();
    assertThat(post(json(p.ben().get(thread)), 1).getInt("helpful")).isEqualTo(1);
    assertThat(json(p.ben().post(thread + "/posts/1/helpful")).getBoolean("helpful")).isFalse();
    assertThat(post(json(p.ben().get(thread)), 1).getInt("helpful")).isZero();
    assertThat(p.ana().post(thread + "/posts/1/helpful").statusCode()).isEqualTo(409);
    assertThat(ApiSession.anonymous(base).post(thread + "/posts/1/helpful").statusCode())
        .isEqualTo(401);

    // Quoting names who wrote what, and keeps each line quoted.
    assertThat(json(p.ana().get(thread + "/posts/2/quote")).getString("markdown"))
        .startsWith("> **Ben Mod" + p.run() + "** (#2):")
        .contains("> Hello @AnaMod" + p.run());
  }

  @Test
  void facilitatorsWorkThroughFlagsAndEveryStepIsLogged() throws Exception {
    People p = people();
    String network = "/api/v1/networks/mod-" + p.run();
    long category = p.ana().firstForumCategory(network);
    long id = startThread(p.ana(), network, category, "Flags " + p.run());
    String thread = network + "/threads/" + id;
    assertThat(
            p.ben()
                .postJson(
                    thread + "/posts", "{\"body\":\"Something unkind quokka" + p.run() + "\"}")
                .statusCode())
        .isEqualTo(201);

    // Flags: a reason is required, once per member, never on one's own post.
    assertThat(p.ana().postJson(thread + "/posts/2/flags", "{\"reason\":\" \"}").statusCode())
        .isEqualTo(400);
    assertThat(
            p.ana()
                .postJson(thread + "/posts/2/flags", "{\"reason\":\"Unkind to a colleague\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(p.ana().postJson(thread + "/posts/2/flags", "{\"reason\":\"Again\"}").statusCode())
        .isEqualTo(409);
    assertThat(p.ben().postJson(thread + "/posts/2/flags", "{\"reason\":\"Mine\"}").statusCode())
        .isEqualTo(409);

    // The queue is for this network's facilitators (and administrators) only.
    JsonObject queue = json(p.fay().get(network + "/moderation"));
    assertThat(queue.getJsonArray("flagged")).hasSize(1);
    assertThat(
            queue
                .getJsonArray("flagged")
                .getJsonObject(0)
                .getJsonArray("flags")
                .getJsonObject(0)
                .getString("reason"))
        .isEqualTo("Unkind to a colleague");
    assertThat(p.ana().get(network + "/moderation").statusCode()).isEqualTo(403);
    assertThat(p.gil().get(network + "/moderation").statusCode()).isEqualTo(403);
    assertThat(p.admin().get(network + "/moderation").statusCode()).isEqualTo(200);

    // Hiding needs a reason, settles the flags, and hides the text from members.
    assertThat(p.fay().postJson(thread + "/posts/2/hide", "{}").statusCode()).isEqualTo(400);
    assertThat(p.gil().postJson(thread + "/posts/2/hide", "{\"reason\":\"x\"}").statusCode())
        .isEqualTo(403);
    assertThat(p.ana().postJson(thread + "/posts/2/hide", "{\"reason\":\"x\"}").statusCode())
        .isEqualTo(403);
    String word = "quokka" + p.run();
    awaitSearchHits(p.ana(), word, 1);
    assertThat(p.fay().postJson(thread + "/posts/2/hide", "{\"reason\":\"Unkind\"}").statusCode())
        .isEqualTo(204);
    awaitSearchHits(p.ana(), word, 0);
    assertThat(json(p.fay().get(network + "/moderation")).getJsonArray("flagged")).isEmpty();
    JsonObject hidden = post(json(p.ana().get(thread)), 2);
    assertThat(hidden.getBoolean("hidden")).isTrue();
    assertThat(hidden.getString("html")).isEmpty();
    assertThat(post(json(p.fay().get(thread)), 2).getString("html")).contains("Something unkind");
    assertThat(p.ana().get(thread + "/posts/2/quote").statusCode()).isEqualTo(403);
    assertThat(
            p.fay()
                .postJson(thread + "/posts/2/restore", "{\"reason\":\"Apology given\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(post(json(p.ana().get(thread)), 2).getString("html")).contains("Something unkind");
    awaitSearchHits(p.ana(), word, 1);

    // Locking stops replies (facilitators may still answer); pinning keeps a thread on top.
    assertThat(p.fay().postJson(thread + "/lock", "{\"reason\":\"Cooling off\"}").statusCode())
        .isEqualTo(204);
    assertThat(p.ben().postJson(thread + "/posts", "{\"body\":\"Let me finish\"}").statusCode())
        .isEqualTo(409);
    assertThat(p.fay().postJson(thread + "/posts", "{\"body\":\"Locked for a day.\"}").statusCode())
        .isEqualTo(201);
    assertThat(json(p.ben().get(thread)).getBoolean("mayReply")).isFalse();
    assertThat(p.fay().postJson(thread + "/unlock", "{\"reason\":\"Calm again\"}").statusCode())
        .isEqualTo(204);
    assertThat(p.ben().postJson(thread + "/posts", "{\"body\":\"Sorry, Ana.\"}").statusCode())
        .isEqualTo(201);
    long newer = startThread(p.ben(), network, category, "Newer " + p.run());
    assertThat(titles(p.ana().get(network + "/threads"))).first().isEqualTo("Newer " + p.run());
    assertThat(p.fay().postJson(thread + "/pin", "{}").statusCode()).isEqualTo(204);
    assertThat(titles(p.ana().get(network + "/threads"))).first().isEqualTo("Flags " + p.run());
    assertThat(p.ben().postJson(network + "/threads/" + newer + "/pin", "{}").statusCode())
        .isEqualTo(403);

    // A suspended member reads but does not write, until the suspension is lifted.
    assertThat(
            p.fay()
                .postJson(thread + "/posts/2/suspend-author", "{\"days\":0,\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            p.fay()
                .postJson(
                    thread + "/posts/2/suspend-author",
                    "{\"days\":2,\"reason\":\"Second unkind post\"}")
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> refused = p.ben().postJson(thread + "/posts", "{\"body\":\"Still here\"}");
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("suspended");
    assertThat(p.ben().get(thread).statusCode()).isEqualTo(200);
    assertThat(p.ben().postJson(thread + "/posts/1/flags", "{\"reason\":\"spite\"}").statusCode())
        .isEqualTo(409);
    assertThat(
            p.fay()
                .postJson(thread + "/posts/3/suspend-author", "{\"days\":2,\"reason\":\"x\"}")
                .statusCode())
        .as("facilitators are not suspended")
        .isEqualTo(409);
    JsonObject suspended = json(p.fay().get(network + "/moderation"));
    assertThat(suspended.getJsonArray("suspensions")).hasSize(1);
    long suspension =
        suspended.getJsonArray("suspensions").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(
            p.gil().post(network + "/moderation/suspensions/" + suspension + "/lift").statusCode())
        .isEqualTo(403);
    assertThat(
            p.fay()
                .post(network + "/moderation/suspensions/" + suspension + "/lift?reason=Talked")
                .statusCode())
        .isEqualTo(204);
    assertThat(p.ben().postJson(thread + "/posts", "{\"body\":\"Back, and kinder.\"}").statusCode())
        .isEqualTo(201);

    // The log keeps who, what and why, newest first.
    List<JsonObject> log =
        json(p.fay().get(network + "/moderation"))
            .getJsonArray("log")
            .getValuesAs(JsonObject.class);
    assertThat(log.stream().map(a -> a.getString("action")).toList())
        .containsExactly("LIFT_SUSPENSION", "SUSPEND", "PIN", "UNLOCK", "LOCK", "RESTORE", "HIDE");
    assertThat(log.get(1).getString("reason")).isEqualTo("Second unkind post");
    assertThat(log.get(1).getString("actor")).contains("fay-mod-" + p.run() + "@example.org");
    assertThat(log.get(6).getString("subject")).contains("#2").contains("Ben Mod" + p.run());
  }

  @Test
  void administratorsMoveThreadsBetweenTopicsOfTheSameNetworkOnly() throws Exception {
    People p = people();
    String starter = "/api/v1/networks/" + STARTER;
    assertThat(p.ana().post(starter + "/join").body()).contains("ACTIVE");
    List<JsonObject> categories =
        json(p.ana().get(starter + "/threads"))
            .getJsonArray("categories")
            .getValuesAs(JsonObject.class);
    long from = categories.get(0).getJsonNumber("id").longValue();
    long to = categories.get(1).getJsonNumber("id").longValue();
    long id = startThread(p.ana(), starter, from, "Misplaced " + p.run());
    String thread = starter + "/threads/" + id;
    long elsewhere = p.ana().firstForumCategory("/api/v1/networks/mod-" + p.run());
    assertThat(
            p.admin()
                .postJson(thread + "/move", "{\"category\":" + elsewhere + ",\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            p.ana()
                .postJson(thread + "/move", "{\"category\":" + to + ",\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            p.admin()
                .postJson(thread + "/move", "{\"category\":" + to + ",\"reason\":\"Better topic\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(json(p.ana().get(thread)).getString("category"))
        .isEqualTo(categories.get(1).getString("name"));
  }

  @Test
  void newAccountsWriteOnlyAFewPostsOnTheirFirstDayUnlessTheyFacilitate() throws Exception {
    People p = people();
    String network = "/api/v1/networks/mod-" + p.run();
    long category = p.ben().firstForumCategory(network);
    long id = startThread(p.ben(), network, category, "Busy " + p.run());
    String thread = network + "/threads/" + id;
    // The tests' server allows 25 (PARITY_NEW_ACCOUNT_POSTS); the thread's opening post was one.
    for (int i = 2; i <= 25; i++) {
      assertThat(p.ben().postJson(thread + "/posts", "{\"body\":\"Reply " + i + "\"}").statusCode())
          .isEqualTo(201);
    }
    HttpResponse<String> limited = p.ben().postJson(thread + "/posts", "{\"body\":\"One more\"}");
    assertThat(limited.statusCode()).isEqualTo(409);
    assertThat(limited.body()).contains("first day");
    assertThat(json(p.ben().get(thread)).getJsonArray("posts")).hasSize(25);
    for (int i = 0; i < 26; i++) {
      assertThat(
              p.fay()
                  .postJson(thread + "/posts", "{\"body\":\"Facilitator " + i + "\"}")
                  .statusCode())
          .isEqualTo(201);
    }
  }

  /** Hidden text leaves the search index with the page; restored text comes back. */
  private static void awaitSearchHits(ApiSession reader, String word, int hits) {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(json(reader.get("/api/v1/search?type=thread&q=" + word)).getInt("total"))
                    .isEqualTo(hits));
  }

  private static List<String> titles(HttpResponse<String> threads) {
    return json(threads).getJsonArray("threads").getValuesAs(JsonObject.class).stream()
        .map(t -> t.getString("title"))
        .toList();
  }
}
