package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.NetworkPage;
import org.parity.browser.pages.TestAccounts;
import org.parity.browser.pages.ThreadPage;

/**
 * Discussions in a network: members start threads and reply in Markdown that is sanitised (the
 * OWASP filter-evasion payloads leave no markup or script), threads page by 25 and sort by latest
 * activity, and a closed network's threads are its members' alone.
 */
class ForumIT extends BrowserTest {

  private static final String PASSWORD = "saffron ladder meadow 64";
  private static final String STARTER = "integrating-physical-and-mental-health-care";

  /** From the OWASP XSS filter evasion cheat sheet, and Markdown's own ways in. */
  private static final List<String> PAYLOADS =
      List.of(
          "<script>alert('XSS')</script>",
          "<IMG SRC=\"javascript:alert('XSS');\">",
          "<IMG SRC=javascript:alert('XSS')>",
          "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
          "<img src=x onerror=alert(1)>",
          "<svg/onload=alert('XSS')>",
          "<BODY ONLOAD=alert('XSS')>",
          "<iframe src=\"javascript:alert('XSS');\"></iframe>",
          "<a href=\"javascript:alert(1)\">click</a>",
          "[a link](javascript:alert(1))",
          "![an image](javascript:alert(1))",
          "<div style=\"background-image: url(javascript:alert('XSS'))\">x</div>",
          "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
          "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;"
              + "&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
          "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
          "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
          "<object data=\"javascript:alert(1)\"></object>",
          "<a href=\"jav&#x09;ascript:alert('XSS');\">tab</a>");

  private static JsonObject json(HttpResponse<String> response) {
    return LearnerApi.json(response);
  }

  /** A GP (a learner) signed in through the API and, if {@code joins}, a member of the network. */
  private ApiSession account(TestAccounts accounts, String email, String name, boolean joins)
      throws Exception {
    accounts.create(email, name, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    ApiSession session = ApiSession.signedIn(base, email, PASSWORD);
    if (joins) {
      assertThat(session.post("/api/v1/networks/" + STARTER + "/join").body()).contains("ACTIVE");
    }
    return session;
  }

  /**
   * A page of posts is kept between views (Hibernate's query cache): a member's next view must
   * still show a reply the moment it is made, and a post's author under the name they have just
   * taken.
   */
  @Test
  void aMembersPageShowsANewReplyAndAnAuthorsNewNameAtOnce() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String dee = "forum-dee-" + run + "@example.org";
    String eli = "forum-eli-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    ApiSession deeApi = account(accounts, dee, "Dee Forum " + run, true);
    ApiSession eliApi = account(accounts, eli, "Eli Forum " + run, true);
    String network = "/api/v1/networks/" + STARTER;
    long category = eliApi.firstForumCategory(network);
    HttpResponse<String> started =
        eliApi.postJson(
            network + "/threads",
            "{\"category\":" + category + ",\"title\":\"Names " + run + "\",\"body\":\"Hello\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String threadUrl =
        "/networks/" + STARTER + "/threads/" + json(started).getJsonNumber("id").longValue();
    String threadApi = "/api/v1" + threadUrl;
    assertThat(deeApi.postJson(threadApi + "/posts", "{\"body\":\"Dee writes\"}").statusCode())
        .isEqualTo(201);

    new LoginPage(browser).open().signIn(dee, PASSWORD);
    ThreadPage thread = new ThreadPage(browser).open(threadUrl + "?page=1");
    assertThat(browser.text("#latest")).contains("Dee Forum " + run).contains("Dee writes");
    thread.open(threadUrl + "?page=1");
    assertThat(browser.findAll("#posts > li")).hasSize(2);

    assertThat(eliApi.postJson(threadApi + "/posts", "{\"body\":\"Eli answers\"}").statusCode())
        .isEqualTo(201);
    thread.open(threadUrl + "?page=1");
    assertThat(browser.findAll("#posts > li")).hasSize(3);
    assertThat(browser.text("#latest")).contains("Eli Forum " + run).contains("Eli answers");

    browser.open("/me/profile");
    browser.type("[id='profile:displayName']", "Dee Renamed " + run);
    browser.submit("[id='profile:save']");
    assertThat(browser.text("#messages")).contains("Your profile has been saved");
    thread.open(threadUrl + "?page=1");
    assertThat(browser.text("#posts"))
        .contains("Dee Renamed " + run)
        .doesNotContain("Dee Forum " + run);
  }

  @Test
  void membersDiscussInSanitisedMarkdownAndClosedNetworksStayClosed() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String ana = "forum-ana-" + run + "@example.org";
    String ben = "forum-ben-" + run + "@example.org";
    String cara = "forum-cara-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    ApiSession anaApi = account(accounts, ana, "Ana Forum " + run, true);
    ApiSession benApi = account(accounts, ben, "Ben Forum " + run, true);
    ApiSession caraApi = account(accounts, cara, "Cara Outside " + run, false);
    String network = "/api/v1/networks/" + STARTER;
    long category = anaApi.firstForumCategory(network);

    String threadUrl;
    new LoginPage(browser).open().signIn(ana, PASSWORD);
    new NetworkPage(browser)
        .open(STARTER)
        .startThread(
            "Mood checks at the diabetes review " + run,
            "We ask **two questions** at every review.\n\n"
                + String.join("\n\n", PAYLOADS)
                + "\n\nWhat works for you?");
    assertThat(browser.path()).matches("/networks/" + STARTER + "/threads/\\d+");
    threadUrl = browser.path();
    assertThat(browser.text("#thread-title"))
        .isEqualTo("Mood checks at the diabetes review " + run);
    assertThat(browser.find("#posts .post-body strong").getText()).isEqualTo("two questions");
    assertThat(browser.text("#posts")).contains("<script>alert('XSS')</script>");
    assertThat(dangerousMarkup(browser)).isEmpty();
    LoginPage.signOut(browser);

    new LoginPage(browser).open().signIn(ben, PASSWORD);
    ThreadPage thread = new ThreadPage(browser).open(threadUrl);
    thread.reply("We use the *PHQ-2* first, then the full PHQ-9 if needed.");
    assertThat(browser.findAll("#posts > li")).hasSize(2);
    assertThat(browser.find("#latest em").getText()).isEqualTo("PHQ-2");

    // An empty reply is refused beside the field, and nothing is posted.
    thread.sendReply();
    assertThat(thread.replyError()).isEqualTo("Write something first.");
    thread.open(threadUrl);
    assertThat(browser.findAll("#posts > li")).hasSize(2);
    String threadApi = "/api/v1" + threadUrl;

    // 32 posts make two pages of 25; page 2 starts at post 26.
    for (int i = 3; i <= 32; i++) {
      assertThat(
              (i % 2 == 0 ? benApi : anaApi)
                  .postJson(threadApi + "/posts", "{\"body\":\"Post number " + i + "\"}")
                  .statusCode())
          .isEqualTo(201);
    }
    JsonObject second = json(anaApi.get(threadApi + "?page=2"));
    assertThat(second.getInt("pages")).isEqualTo(2);
    assertThat(second.getJsonArray("posts")).hasSize(7);
    assertThat(second.getJsonArray("posts").getJsonObject(0).getInt("number")).isEqualTo(26);
    try (Browser visitor = new Browser(base)) {
      visitor.open(threadUrl + "?page=2");
      assertThat(visitor.text("#page-of")).isEqualTo("Page 2 of 2");
      assertThat(visitor.text("#latest")).contains("Post number 32");
      assertThat(visitor.text("#join-to-reply")).isEqualTo("Join the network to reply.");
    }

    // The thread list sorts by latest activity: a reply brings an older thread to the top.
    HttpResponse<String> newer =
        benApi.postJson(
            network + "/threads",
            "{\"category\":" + category + ",\"title\":\"Newer " + run + "\",\"body\":\"Hello\"}");
    assertThat(newer.statusCode()).isEqualTo(201);
    assertThat(titles(anaApi.get(network + "/threads"))).startsWith("Newer " + run);
    anaApi.postJson(threadApi + "/posts", "{\"body\":\"Back to this one.\"}");
    assertThat(titles(anaApi.get(network + "/threads")))
        .startsWith("Mood checks at the diabetes review " + run);
    assertThat(
            caraApi.postJson(threadApi + "/posts", "{\"body\":\"Not a member yet\"}").statusCode())
        .as("only members write")
        .isEqualTo(403);

    // A closed network's discussions are for its members.
    String closed = "forum-closed-" + run;
    ApiSession admin =
        ApiSession.signedIn(
            base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    assertThat(
            admin
                .postJson(
                    "/api/v1/networks",
                    "{\"slug\":\""
                        + closed
                        + "\",\"name\":\"Closed "
                        + run
                        + "\",\"description\":\"Leads only.\",\"open\":false,\"facilitators\":[\""
                        + ana
                        + "\"]}")
                .statusCode())
        .isEqualTo(201);
    long closedCategory = anaApi.firstForumCategory("/api/v1/networks/" + closed);
    HttpResponse<String> secret =
        anaApi.postJson(
            "/api/v1/networks/" + closed + "/threads",
            "{\"category\":"
                + closedCategory
                + ",\"title\":\"Leads only "
                + run
                + "\",\"body\":\"x\"}");
    assertThat(secret.statusCode()).isEqualTo(201);
    long secretId = json(secret).getJsonNumber("id").longValue();
    String secretPath = "/networks/" + closed + "/threads/" + secretId;
    assertThat(caraApi.get("/api/v1" + secretPath).statusCode()).isEqualTo(403);
    assertThat(caraApi.get("/api/v1/networks/" + closed + "/threads").statusCode()).isEqualTo(403);
    assertThat(ApiSession.anonymous(base).get("/api/v1" + secretPath).statusCode()).isEqualTo(401);
    assertThat(caraApi.get(secretPath).statusCode()).isEqualTo(404);
    assertThat(caraApi.get("/networks/" + closed).body())
        .contains("discussions are for its members")
        .doesNotContain("Leads only " + run);
    assertThat(anaApi.get(secretPath).body()).contains("Leads only " + run);
  }

  private static List<String> titles(HttpResponse<String> threads) {
    return json(threads).getJsonArray("threads").getValuesAs(JsonObject.class).stream()
        .map(t -> t.getString("title"))
        .toList();
  }

  /** Elements and attributes in the posts that could run script or restyle the page. */
  @SuppressWarnings("unchecked")
  private static List<String> dangerousMarkup(Browser browser) {
    return (List<String>)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const bad = [];"
                    + "document.querySelectorAll('#posts .post-body *').forEach(e => {"
                    + "  const tag = e.tagName.toUpperCase();"
                    + "  if (['SCRIPT','IFRAME','SVG','OBJECT','EMBED','META','INPUT','BODY','STYLE',"
                    + "       'LINK','FORM','IMG'].includes(tag)) bad.push(tag);"
                    + "  for (const a of e.attributes) {"
                    + "    if (a.name.startsWith('on') || a.name === 'style'"
                    + "        || /^\\s*(javascript|data|vbscript):/i.test(a.value)) {"
                    + "      bad.push(tag + '@' + a.name);"
                    + "    }"
                    + "  }"
                    + "});"
                    + "return bad;");
  }
}
