package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Forum notifications: followers of a thread, a topic or a network hear of new posts under the bell
 * and by mail as each chose (at once, a daily digest, never); every mail carries a one-click
 * unsubscribe link that needs no sign-in; mentions reach people who follow nothing; closed networks
 * tell only their members.
 */
class NotificationsIT extends MailedBrowserTest {

  private static final String PASSWORD = "lantern orchard violet 27";

  @Test
  void followersHearOfRepliesUnderTheBellAndByMailAsEachChose() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String fac = "notify-fac-" + run + "@example.org";
    String ana = "notify-ana-" + run + "@example.org";
    String dai = "notify-dai-" + run + "@example.org";
    String nia = "notify-nia-" + run + "@example.org";
    String wyn = "notify-wyn-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(fac, "Fola Notify " + run, PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(ana, "Ana Notify " + run, PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(dai, "Dai Notify " + run, PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(nia, "Nia Notify " + run, PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(wyn, "Wyn Notify " + run, PASSWORD, List.of(), TestContent.COLLEGE);
    String slug = "notify-" + run;
    createNetwork(slug, true, fac);
    ApiSession facApi = ApiSession.signedIn(base, fac, PASSWORD);
    ApiSession anaApi = ApiSession.signedIn(base, ana, PASSWORD);
    ApiSession daiApi = ApiSession.signedIn(base, dai, PASSWORD);
    ApiSession niaApi = ApiSession.signedIn(base, nia, PASSWORD);
    ApiSession wynApi = ApiSession.signedIn(base, wyn, PASSWORD);
    for (ApiSession member : List.of(anaApi, daiApi, niaApi, wynApi)) {
      assertThat(member.post("/api/v1/networks/" + slug + "/join").body()).contains("ACTIVE");
    }

    // Signed out, the API answers 401; the default is the daily digest.
    ApiSession anonymous = ApiSession.anonymous(base);
    assertThat(anonymous.get("/api/v1/me/notifications").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/api/v1/me/mail-preference").statusCode()).isEqualTo(401);
    assertThat(
            anonymous
                .postJson(
                    "/api/v1/me/subscriptions", "{\"type\":\"NETWORK\",\"slug\":\"" + slug + "\"}")
                .statusCode())
        .isEqualTo(401);
    assertThat(json(daiApi.get("/api/v1/me/mail-preference")).getString("choice"))
        .isEqualTo("DAILY_DIGEST");
    assertThat(choose(anaApi, "AT_ONCE")).isEqualTo(200);
    assertThat(choose(wynApi, "AT_ONCE")).isEqualTo(200);
    assertThat(choose(daiApi, "SOMETIMES")).isEqualTo(400);

    // Nia chooses "never" on her page.
    new LoginPage(browser).open().signIn(nia, PASSWORD);
    browser.open("/me/notifications");
    assertThat(browser.text("#no-notifications")).isNotBlank();
    assertThat(browser.text("#no-subscriptions")).isNotBlank();
    browser.find("[id='mail:choice:2']").click();
    browser.submit("[id='mail:save']");
    assertThat(browser.text("#messages")).contains("will not email you");
    assertThat(browser.find("[id='mail:choice:2']").isSelected()).isTrue();
    assertThat(json(niaApi.get("/api/v1/me/mail-preference")).getString("choice"))
        .isEqualTo("NEVER");

    // Ana starts a thread (and so follows it); Dai, Nia and Wyn follow it.
    String title = "Sleep and persistent pain " + run;
    long thread = startThread(anaApi, slug, title, "How do you ask about sleep?");
    String threadPath = "/networks/" + slug + "/threads/" + thread;
    for (ApiSession follower : List.of(daiApi, niaApi, wynApi)) {
      assertThat(follow(follower, "THREAD", thread)).isEqualTo(204);
    }
    assertThat(anaApi.get("/api/v1/me/subscriptions").body())
        .contains("\"type\":\"THREAD\"")
        .contains(title);

    // Fola replies: Ana and Wyn are mailed at once, with an excerpt, the post and the unsubscribe
    // link; Dai waits for the digest; Nia is not mailed.
    reply(facApi, slug, thread, "Reply one: **try** a sleep diary " + run);
    MimeMessage toAna = MailLinks.awaitMail(mail, ana, 1);
    String anaMail = body(toAna);
    assertThat(toAna.getSubject()).contains(title);
    assertThat(anaMail)
        .contains("Fola Notify " + run + " replied in \"" + title + "\"")
        .contains("Reply one: try a sleep diary " + run)
        .doesNotContain("**try**")
        .contains(threadPath + "?page=1#post-2")
        .contains("/unsubscribe/");
    MailLinks.awaitMail(mail, wyn, 1);
    assertThat(mailStates(daiApi)).containsExactly("DIGEST");
    assertThat(mailStates(niaApi)).containsExactly("NONE");
    assertThat(mailStates(anaApi)).containsExactly("SENT");

    // The bell shows one unread; opening it lands on the post and the count goes down.
    try (Browser anaBrowser = new Browser(base)) {
      new LoginPage(anaBrowser).open().signIn(ana, PASSWORD);
      assertThat(anaBrowser.find("#nav-notifications").getAttribute("aria-label"))
          .isEqualTo("Notifications, 1 unread");
      assertThat(anaBrowser.text("#bell-count")).isEqualTo("1");
      anaBrowser.submit("#nav-notifications");
      assertThat(anaBrowser.path()).isEqualTo("/me/notifications");
      assertThat(anaBrowser.findAll("#notifications .notification-unread")).hasSize(1);
      assertThat(anaBrowser.text("#notifications"))
          .contains("Fola Notify " + run + " replied in “" + title + "”")
          .contains("Reply one: try a sleep diary");
      assertThat(anaBrowser.find("[id='mail:choice:0']").isSelected()).isTrue();
      assertThat(anaBrowser.text("#following")).contains(title);
      anaBrowser.submit("#notifications .notification-link");
      assertThat(anaBrowser.path()).isEqualTo(threadPath);
      assertThat(anaBrowser.url()).endsWith("?page=1#post-2");
      assertThat(anaBrowser.findAll("[id='post-2']")).isNotEmpty();
      assertThat(anaBrowser.find("#nav-notifications").getAttribute("aria-label"))
          .isEqualTo("Notifications, none unread");
      assertThat(anaBrowser.findAll("#bell-count")).isEmpty();
    }

    // The link in the mail works without a session: mail off at once, and back on with a button.
    String unsubscribe = path(anaMail, "/unsubscribe/\\S+");
    try (Browser withoutSession = new Browser(base)) {
      withoutSession.open(unsubscribe);
      assertThat(withoutSession.text("#unsubscribe-status")).contains("no longer get emails");
      assertThat(json(anaApi.get("/api/v1/me/mail-preference")).getString("choice"))
          .isEqualTo("NEVER");
      withoutSession.submit("[id='unsubscribe:resubscribe']");
      assertThat(withoutSession.text("#messages")).contains("back on");
      assertThat(json(anaApi.get("/api/v1/me/mail-preference")).getString("choice"))
          .isEqualTo("AT_ONCE");
      withoutSession.open(unsubscribe);
      assertThat(withoutSession.text("#unsubscribe-status")).contains("no longer get emails");
    }
    assertThat(json(anaApi.get("/api/v1/me/mail-preference")).getString("choice"))
        .isEqualTo("NEVER");
    HttpResponse<String> unknown = anonymous.get("/unsubscribe/NotATokenAnyoneWasGiven12345");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Link not recognised");

    // A second reply: Ana hears of it under the bell only; Wyn (at once) is mailed.
    reply(facApi, slug, thread, "Reply two: the PHQ-9 has a sleep item " + run);
    MailLinks.awaitMail(mail, wyn, 2);
    assertThat(mailStates(anaApi)).containsExactly("NONE", "SENT");
    assertThat(MailLinks.to(mail, ana)).hasSize(1);
    assertThat(MailLinks.to(mail, dai)).isEmpty();
    assertThat(mailStates(daiApi)).containsExactly("DIGEST", "DIGEST");

    // The digest: one mail listing both replies; a second run finds nothing new.
    assertThat(daiApi.post("/api/v1/admin/digests").statusCode()).isEqualTo(403);
    ApiSession admin = admin();
    HttpResponse<String> digests = admin.post("/api/v1/admin/digests");
    assertThat(digests.statusCode()).as(digests.body()).isEqualTo(200);
    assertThat(json(digests).getInt("sent")).isPositive();
    String digest = body(MailLinks.awaitMail(mail, dai, 1));
    assertThat(digest)
        .contains("Reply one: try a sleep diary " + run)
        .contains("Reply two: the PHQ-9 has a sleep item " + run)
        .contains(threadPath + "?page=1#post-2")
        .contains(threadPath + "?page=1#post-3")
        .contains("/unsubscribe/");
    assertThat(mailStates(daiApi)).containsExactly("DIGESTED", "DIGESTED");
    assertThat(json(admin.post("/api/v1/admin/digests")).getInt("sent")).isZero();
    try (Browser adminBrowser = new Browser(base)) {
      new TestAccounts(adminBrowser).signInAsAdministrator();
      adminBrowser.open("/admin");
      adminBrowser.submit("[id='digests:send']");
      assertThat(adminBrowser.text("#messages")).contains("No digest was due");
    }
    MailLinks.awaitMail(mail, wyn, 2);
    assertThat(MailLinks.to(mail, dai)).hasSize(1);
    assertThat(MailLinks.to(mail, nia)).isEmpty();
    assertThat(json(niaApi.get("/api/v1/me/notifications")).getInt("unread")).isEqualTo(2);

    // Marking all read empties the bell; stopping following is confirmed first.
    try (Browser niaAgain = new Browser(base)) {
      new LoginPage(niaAgain).open().signIn(nia, PASSWORD);
      niaAgain.open("/me/notifications");
      assertThat(niaAgain.findAll("#notifications .notification-unread")).hasSize(2);
      niaAgain.submit("[id='read:all']");
      assertThat(niaAgain.findAll("#notifications .notification-unread")).isEmpty();
      assertThat(niaAgain.find("#nav-notifications").getAttribute("aria-label"))
          .isEqualTo("Notifications, none unread");
      niaAgain.find("#following button").click();
      niaAgain.waitFor("[id='confirm:yes']");
      niaAgain.ajaxClick("[id='confirm:yes']");
      assertThat(niaAgain.text("#messages")).contains("no longer follow");
      assertThat(niaAgain.text("#no-subscriptions")).isNotBlank();
    }
    assertThat(niaApi.get("/api/v1/me/subscriptions").body()).isEqualTo("[]");
  }

  @Test
  void topicsMentionsAndClosedNetworks() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String fac = "topic-fac-" + run + "@example.org";
    String cat = "topic-cat-" + run + "@example.org";
    String mia = "topic-mia-" + run + "@example.org";
    String ana = "topic-ana-" + run + "@example.org";
    String out = "topic-out-" + run + "@example.org";
    String lea = "topic-lea-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(fac, "Fenn Topic " + run, PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(cat, "Cat Topic " + run, PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(mia, "Mia Mention " + run, PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(ana, "Ana Starter " + run, PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(out, "Owen Outside " + run, PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(lea, "Lea Leaver " + run, PASSWORD, List.of(), TestContent.COLLEGE);
    String open = "topics-" + run;
    String closed = "topics-closed-" + run;
    createNetwork(open, true, fac);
    createNetwork(closed, false, fac);
    ApiSession facApi = ApiSession.signedIn(base, fac, PASSWORD);
    ApiSession catApi = ApiSession.signedIn(base, cat, PASSWORD);
    ApiSession miaApi = ApiSession.signedIn(base, mia, PASSWORD);
    ApiSession anaApi = ApiSession.signedIn(base, ana, PASSWORD);
    ApiSession outApi = ApiSession.signedIn(base, out, PASSWORD);
    ApiSession leaApi = ApiSession.signedIn(base, lea, PASSWORD);
    for (ApiSession member : List.of(catApi, miaApi, anaApi)) {
      assertThat(member.post("/api/v1/networks/" + open + "/join").body()).contains("ACTIVE");
    }
    long general = facApi.firstForumCategory("/api/v1/networks/" + open);

    // Cat follows the topic on the network's page.
    new LoginPage(browser).open().signIn(cat, PASSWORD);
    browser.open("/networks/" + open);
    browser.find("#topics summary").click();
    browser.ajaxClick("[data-follow='CATEGORY-" + general + "'] button");
    assertThat(browser.text("#messages")).contains("You follow this topic");
    assertThat(browser.text("[data-follow='CATEGORY-" + general + "']"))
        .isEqualTo("Stop following");

    // A new thread in the topic reaches Cat.
    String topicTitle = "Shared care plans " + run;
    long topicThread = startThread(facApi, open, topicTitle, "Who holds the plan?");
    JsonObject first = latest(catApi);
    assertThat(first.getString("kind")).isEqualTo("NEW_THREAD");
    assertThat(first.getString("threadTitle")).isEqualTo(topicTitle);
    assertThat(first.getString("link"))
        .isEqualTo("/networks/" + open + "/threads/" + topicThread + "?page=1#post-1");

    // A mention reaches Mia, who follows nothing, and Ana, who started the thread, only once.
    String mentionTitle = "Breathlessness and panic " + run;
    long mentionThread = startThread(anaApi, open, mentionTitle, "Where does one end?");
    reply(
        facApi,
        open,
        mentionThread,
        "@MiaMention" + run + " and @AnaStarter" + run + ": have a look at this.");
    JsonObject mention = latest(miaApi);
    assertThat(mention.getString("kind")).isEqualTo("MENTION");
    assertThat(mention.getString("threadTitle")).isEqualTo(mentionTitle);
    JsonObject anaNews = json(anaApi.get("/api/v1/me/notifications"));
    assertThat(anaNews.getJsonArray("notifications")).hasSize(1);
    assertThat(latest(anaApi).getString("kind")).isEqualTo("MENTION");
    assertThat(json(catApi.get("/api/v1/me/notifications")).getInt("unread")).isEqualTo(3);

    // A closed network: an outsider may not follow it or its threads.
    long closedCategory = facApi.firstForumCategory("/api/v1/networks/" + closed);
    assertThat(
            outApi
                .postJson(
                    "/api/v1/me/subscriptions",
                    "{\"type\":\"NETWORK\",\"slug\":\"" + closed + "\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(follow(outApi, "CATEGORY", closedCategory)).isEqualTo(403);
    long before = startThread(facApi, closed, "Leads only " + run, "For members.");
    assertThat(follow(outApi, "THREAD", before)).isEqualTo(403);
    assertThat(follow(outApi, "NOTHING", before)).isEqualTo(400);

    // Lea joins, follows the whole network, then leaves: she hears of nothing after.
    assertThat(leaApi.post("/api/v1/networks/" + closed + "/join").body()).contains("PENDING");
    String detail = facApi.get("/api/v1/networks/" + closed).body();
    Matcher request = Pattern.compile("\"requests\":\\[\\{[^}]*\"id\":(\\d+)").matcher(detail);
    assertThat(request.find()).as(detail).isTrue();
    assertThat(
            facApi
                .postJson(
                    "/api/v1/networks/" + closed + "/requests/" + request.group(1),
                    "{\"approve\":true}")
                .statusCode())
        .isEqualTo(204);
    assertThat(
            leaApi
                .postJson(
                    "/api/v1/me/subscriptions",
                    "{\"type\":\"NETWORK\",\"slug\":\"" + closed + "\"}")
                .statusCode())
        .isEqualTo(204);
    reply(facApi, closed, before, "While Lea is a member " + run);
    assertThat(latest(leaApi).getString("kind")).isEqualTo("REPLY");
    assertThat(leaApi.post("/api/v1/networks/" + closed + "/leave").statusCode()).isEqualTo(204);
    startThread(facApi, closed, "After Lea left " + run, "Members only.");
    reply(facApi, closed, before, "After Lea left, a reply " + run);
    assertThat(json(leaApi.get("/api/v1/me/notifications")).getJsonArray("notifications"))
        .hasSize(1);
    assertThat(json(outApi.get("/api/v1/me/notifications")).getJsonArray("notifications"))
        .isEmpty();

    // Stopping following through the API.
    assertThat(catApi.delete("/api/v1/me/subscriptions?type=CATEGORY&id=" + general).statusCode())
        .isEqualTo(204);
    startThread(facApi, open, "Not for Cat any more " + run, "Quiet.");
    assertThat(json(catApi.get("/api/v1/me/notifications")).getInt("unread")).isEqualTo(3);
  }

  private void createNetwork(String slug, boolean open, String facilitator) throws Exception {
    TestNetworks.asAdministrator(base).create(slug, open, facilitator);
  }

  private ApiSession admin() throws Exception {
    return ApiSession.signedIn(
        base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
  }

  private static long startThread(ApiSession api, String slug, String title, String body)
      throws Exception {
    HttpResponse<String> created =
        api.postJson(
            "/api/v1/networks/" + slug + "/threads",
            "{\"category\":"
                + api.firstForumCategory("/api/v1/networks/" + slug)
                + ",\"title\":\""
                + title
                + "\",\"body\":\""
                + body
                + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  private static void reply(ApiSession api, String slug, long thread, String body)
      throws Exception {
    HttpResponse<String> posted =
        api.postJson(
            "/api/v1/networks/" + slug + "/threads/" + thread + "/posts",
            "{\"body\":\"" + body + "\"}");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
  }

  private static int follow(ApiSession api, String type, long id) throws Exception {
    return api.postJson("/api/v1/me/subscriptions", "{\"type\":\"" + type + "\",\"id\":" + id + "}")
        .statusCode();
  }

  private static int choose(ApiSession api, String choice) throws Exception {
    return api.putJson("/api/v1/me/mail-preference", "{\"choice\":\"" + choice + "\"}")
        .statusCode();
  }

  /** How each of the member's notifications was mailed, newest first. */
  private static List<String> mailStates(ApiSession api) throws Exception {
    return json(api.get("/api/v1/me/notifications"))
        .getJsonArray("notifications")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(n -> n.getString("mail"))
        .toList();
  }

  private static JsonObject latest(ApiSession api) throws Exception {
    return json(api.get("/api/v1/me/notifications")).getJsonArray("notifications").getJsonObject(0);
  }

  /** The mail's text, decoded. */
  private static String body(MimeMessage message) throws Exception {
    return String.valueOf(message.getContent());
  }

  /** The address of a link in a mail, without the host (mail links use the public base URL). */
  private static String path(String mailBody, String pattern) {
    Matcher link = Pattern.compile("https?://[^/\\s]+(" + pattern + ")").matcher(mailBody);
    assertThat(link.find()).as(mailBody).isTrue();
    return link.group(1);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return LearnerApi.json(response);
  }
}
