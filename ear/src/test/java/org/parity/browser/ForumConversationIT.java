package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parity.browser.pages.ThreadPage.post;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.NetworkPage;
import org.parity.browser.pages.TestAccounts;
import org.parity.browser.pages.ThreadPage;

/**
 * Two members talk in Chromium: a thread with a priority area and a module card, a reply that
 * mentions the author, "helpful", unread counts that open at the first new post, a quote, an edit
 * within the window; then a flag that the facilitator hides from the moderation queue, and the log
 * that keeps why.
 */
class ForumConversationIT extends BrowserTest {

  private static final String PASSWORD = "saffron ladder meadow 64";

  @Test
  void twoMembersConverseAndAFacilitatorHidesAFlaggedPost() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String ana = "conv-ana-" + run + "@example.org";
    String ben = "conv-ben-" + run + "@example.org";
    String fay = "conv-fay-" + run + "@example.org";
    String publisher = "conv-pub-" + run + "@example.org";
    String slug = "conversation-" + run;
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(ana, "Ana Conv" + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    accounts.create(ben, "Ben Conv" + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    accounts.create(fay, "Fay Conv" + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    accounts.create(
        publisher, "Pub Conv" + run, PASSWORD, List.of("EDITOR", "PUBLISHER"), TestContent.COLLEGE);
    String module = "conv-module-" + run;
    new TestContent(ApiSession.signedIn(base, publisher, PASSWORD))
        .publishModule(module, "Mood and diabetes " + run, 2, 1, 0);
    ApiSession admin =
        ApiSession.signedIn(
            base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    assertThat(
            admin
                .postJson(
                    "/api/v1/networks",
                    "{\"slug\":\""
                        + slug
                        + "\",\"name\":\"Conversation "
                        + run
                        + "\",\"description\":\"Talk.\",\"open\":true,\"facilitators\":[\""
                        + fay
                        + "\"]}")
                .statusCode())
        .isEqualTo(201);
    for (String member : List.of(ana, ben)) {
      assertThat(
              ApiSession.signedIn(base, member, PASSWORD)
                  .post("/api/v1/networks/" + slug + "/join")
                  .body())
          .contains("ACTIVE");
    }

    String thread;
    // Ana has the test's browser; Ben a second one, open at the same time.
    Browser anaBrowser = browser;
    try (Browser benBrowser = new Browser(base)) {
      new LoginPage(anaBrowser).open().signIn(ana, PASSWORD);
      NetworkPage anaNetwork = new NetworkPage(anaBrowser).open(slug);
      anaNetwork
          .writeThread(
              "Screening for low mood " + run, "Which questions do you ask at the annual review?")
          .tagThread("LTC_MENTAL_HEALTH")
          .linkModule("Mood and diabetes " + run)
          .linkCaseStudy("Physical health nurses and a GP on mental health wards")
          .postThread();
      thread = anaBrowser.path();
      assertThat(thread).matches("/networks/" + slug + "/threads/\\d+");
      assertThat(anaBrowser.text("#thread-state")).contains("mental health");
      assertThat(anaBrowser.find("#module-card").getAttribute("href"))
          .endsWith("/modules/" + module);
      assertThat(anaBrowser.text("#case-study-card"))
          .isEqualTo("Physical health nurses and a GP on mental health wards");
      assertThat(anaBrowser.find("#case-study-card").getAttribute("href"))
          .endsWith("/case-studies/a-physical-health-nurse-on-mental-health-wards");

      // Ben sees one new post, opens the thread at it, marks it helpful and mentions Ana.
      new LoginPage(benBrowser).open().signIn(ben, PASSWORD);
      NetworkPage benNetwork = new NetworkPage(benBrowser).open(slug);
      assertThat(benNetwork.unread()).isEqualTo("1 new");
      ThreadPage benThread = benNetwork.openFirstThread();
      assertThat(benBrowser.url()).endsWith("#post-1");
      benThread.markHelpful(1);
      assertThat(benThread.helpfulButton(1).getText()).isEqualTo("Helpful (1)");
      assertThat(benThread.helpfulButton(1).getAttribute("aria-pressed")).isEqualTo("true");
      benThread.reply("PHQ-2 first, @AnaConv" + run + ". What do you use?");
      assertThat(benBrowser.text("#latest")).contains("PHQ-2 first");

      // Ana is told she was mentioned (once, though she also follows the thread she started).
      anaNetwork.open(slug);
      assertThat(anaBrowser.text("#bell-count")).isEqualTo("1");
      jakarta.json.JsonObject mine =
          LearnerApi.json(ApiSession.signedIn(base, ana, PASSWORD).get("/api/v1/me/notifications"));
      assertThat(mine.getJsonArray("notifications")).hasSize(1);
      assertThat(mine.getJsonArray("notifications").getJsonObject(0).getString("kind"))
          .isEqualTo("MENTION");
      assertThat(mine.getJsonArray("notifications").getJsonObject(0).getString("actor"))
          .isEqualTo("Ben Conv" + run);

      // Ana sees Ben's reply as new and quotes it.
      assertThat(anaNetwork.unread()).isEqualTo("1 new");
      ThreadPage anaThread = anaNetwork.openFirstThread();
      assertThat(anaBrowser.url()).endsWith("#post-2");
      assertThat(anaBrowser.text(post(1))).contains("1 member found this helpful");
      anaThread.quoteLatest();
      assertThat(anaThread.replyDraft()).startsWith("> **Ben Conv" + run + "** (#2):");
      anaThread.addToReply("We use the PHQ-2 too, then the PHQ-9.").sendReply();
      assertThat(anaBrowser.find("#latest blockquote").getText()).contains("PHQ-2 first");

      // Within thirty minutes Ana changes her reply; it says it was edited.
      anaBrowser.submit("#latest .edit-link");
      anaBrowser.type(
          "[id$='edit:body']", "We use the PHQ-2, then the PHQ-9 if either answer is yes.");
      anaBrowser.submit("[id$='edit:save']");
      assertThat(anaBrowser.text("#latest")).contains("if either answer is yes").contains("edited");

      // Ben flags Ana's reply; a flag without its kind, or "something else" without a reason,
      // is refused beside the field.
      benThread.open(thread + "?page=1").unfoldFlag().sendFlag();
      assertThat(benThread.flagKindError()).isEqualTo("Choose what kind of problem it is.");
      assertThat(benBrowser.find("#latest details.flag").getAttribute("open"))
          .as("the refused form stays unfolded")
          .isNotNull();
      benThread.flag("Something else", "");
      assertThat(benThread.flagReasonError())
          .isEqualTo("Say why: it goes into the moderation log.");
      benThread.flag("Something else", "Advertises a paid course");
      assertThat(benBrowser.text("#messages")).contains("A facilitator will look at the post.");
    }

    try (Browser faciliator = new Browser(base)) {
      new LoginPage(faciliator).open().signIn(fay, PASSWORD);
      faciliator.open("/networks/" + slug);
      faciliator.submit("#moderation-link");
      assertThat(faciliator.text("#flagged")).contains("Advertises a paid course");
      faciliator.type("textarea[id$='decide:reason']", "An advert");
      faciliator.submit("[id$='decide:hide']");
      assertThat(faciliator.text("#messages")).contains("The post is hidden.");
      assertThat(faciliator.text("#no-flags")).contains("Nothing is waiting");
      assertThat(faciliator.text("#log-table")).contains("Hid").contains("An advert");
      faciliator.open(thread + "?page=1");
      assertThat(faciliator.text("#latest .hidden-badge")).isEqualTo("Hidden");
      faciliator.find("#latest details.moderation summary").click();
      assertThat(faciliator.text("#latest .revisions"))
          .contains("We use the PHQ-2 too, then the PHQ-9.");
    }

    try (Browser benAgain = new Browser(base)) {
      new LoginPage(benAgain).open().signIn(ben, PASSWORD);
      benAgain.open(thread + "?page=1");
      assertThat(benAgain.text("#latest"))
          .contains("A facilitator has hidden this post.")
          .doesNotContain("if either answer is yes");
      // A member has none of the facilitators' tools, on the thread or at the queue's address.
      assertThat(benAgain.findAll("details.moderation")).isEmpty();
      assertThat(benAgain.findAll("#moderate-thread-panel")).isEmpty();
      benAgain.open("/networks/" + slug);
      assertThat(benAgain.findAll("#moderation-link")).isEmpty();
      benAgain.open("/networks/" + slug + "/moderation");
      assertThat(benAgain.text("h1")).isEqualTo("Page not found");
      assertThat(benAgain.pageText()).doesNotContain("Advertises a paid course");
    }
  }
}
