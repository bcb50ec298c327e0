package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Consent before co-badging: a curriculum shows another publisher's badge only once a PUBLISHER of
 * that publisher accepts; either side withdraws it with a reason; a certificate keeps the
 * publishers it was issued with. Everyone else is refused by the services.
 */
class CoBadgingIT extends BrowserTest {

  private static final String PASSWORD = "copper meadow violin 41";
  private static final String COLLEGE = TestContent.COLLEGE;
  private static final String PARTNER = "Primary Care Learning Collaborative (demo)";
  private static final String PARTNER_SLUG = "primary-care-learning-collaborative-demo";

  /**
   * Eden edits and publishes for the college; Lena is another of its PUBLISHERs; Pat is a PUBLISHER
   * and Ed an EDITOR of the partner; Lee is a learner.
   */
  private record People(
      String run, ApiSession eden, ApiSession lena, ApiSession pat, ApiSession ed, ApiSession lee) {

    String email(String who) {
      return who + "-badge-" + run + "@example.org";
    }
  }

  private People people() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    TestAccounts accounts = new TestAccounts(browser);
    String[][] who = {
      {"eden", "EDITOR,PUBLISHER", COLLEGE},
      {"lena", "PUBLISHER", COLLEGE},
      {"pat", "PUBLISHER", PARTNER},
      {"ed", "EDITOR", PARTNER},
      {"lee", "LEARNER", COLLEGE}
    };
    for (String[] person : who) {
      accounts.create(
          person[0] + "-badge-" + run + "@example.org",
          Character.toUpperCase(person[0].charAt(0)) + person[0].substring(1) + " Badge" + run,
          PASSWORD,
          List.of(person[1].split(",")),
          person[2]);
    }
    return new People(
        run,
        session(run, "eden"),
        session(run, "lena"),
        session(run, "pat"),
        session(run, "ed"),
        session(run, "lee"));
  }

  private ApiSession session(String run, String who) throws Exception {
    return ApiSession.signedIn(base, who + "-badge-" + run + "@example.org", PASSWORD);
  }

  private static JsonArray array(HttpResponse<String> response) {
    return ApiSession.array(response);
  }

  private String publishersOf(String slug) throws IOException, InterruptedException {
    return LearnerApi.json(ApiSession.anonymous(base).get("/api/v1/curricula/" + slug))
        .getJsonObject("summary")
        .getJsonArray("publishers")
        .toString();
  }

  private static String ask(String publisher) {
    return Json.createObjectBuilder().add("publisher", publisher).build().toString();
  }

  private static String reason(String text) {
    return Json.createObjectBuilder().add("reason", text).build().toString();
  }

  @Test
  void aBadgeShowsOnlyWithConsentAndEitherSideWithdrawsIt() throws Exception {
    People p = people();
    String slug = "badged-" + p.run();
    long version = new TestContent(p.eden()).publishSmallCurriculum(slug, "Badged " + p.run());
    String asking = "/api/v1/curriculum-versions/" + version + "/co-badges";

    // Only the lead publisher's editors ask, and only a publisher that is not the lead.
    assertThat(p.lee().postJson(asking, ask(PARTNER_SLUG)).statusCode()).isEqualTo(403);
    assertThat(p.pat().postJson(asking, ask(PARTNER_SLUG)).statusCode()).isEqualTo(403);
    HttpResponse<String> lead = p.eden().postJson(asking, ask(TestContent.COLLEGE_SLUG));
    assertThat(lead.statusCode()).isEqualTo(400);
    assertThat(lead.body()).contains("coBadge.leadAlready");
    HttpResponse<String> trust =
        p.eden().postJson(asking, ask("northfield-mental-health-nhs-foundation-trust-demo"));
    assertThat(trust.statusCode()).isEqualTo(400);
    assertThat(trust.body()).as("a trust does not publish").contains("studio.ownerUnknown");
    assertThat(array(p.eden().get(asking))).isEmpty();

    HttpResponse<String> asked = p.eden().postJson(asking, ask(PARTNER_SLUG));
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    long badge = LearnerApi.json(asked).getJsonNumber("id").longValue();
    assertThat(p.eden().postJson(asking, ask(PARTNER_SLUG)).body())
        .as("asked once while it stands")
        .contains("coBadge.alreadyAsked");

    // A badge without consent: nothing shows yet, and nobody but the partner's PUBLISHERs accepts.
    assertThat(publishersOf(slug)).contains(COLLEGE).doesNotContain(PARTNER);
    String at = "/api/v1/co-badges/" + badge;
    for (ApiSession refused : List.of(p.eden(), p.lena(), p.ed(), p.lee())) {
      assertThat(refused.post(at + "/accept").statusCode()).isEqualTo(403);
    }
    assertThat(publishersOf(slug)).doesNotContain(PARTNER);
    JsonObject waiting = array(p.pat().get("/api/v1/co-badges")).getJsonObject(0);
    assertThat(waiting.getJsonNumber("id").longValue()).isEqualTo(badge);
    assertThat(waiting.getString("status")).isEqualTo("ASKED");
    assertThat(waiting.getString("askedBy")).isEqualTo(p.email("eden"));
    assertThat(array(p.ed().get("/api/v1/co-badges"))).as("only PUBLISHERs answer").isEmpty();

    // Pat accepts: the badge shows; a second answer is out of turn.
    assertThat(p.pat().post(at + "/accept").statusCode()).isEqualTo(204);
    assertThat(publishersOf(slug)).contains(COLLEGE).contains(PARTNER);
    assertThat(p.pat().post(at + "/accept").statusCode()).isEqualTo(409);
    assertThat(p.pat().postJson(at + "/decline", reason("Changed my mind")).statusCode())
        .isEqualTo(409);

    // Lee's certificate, issued while co-badged, names both publishers.
    LearnerApi lee = new LearnerApi(p.lee());
    lee.complete(slug);

    // Withdrawing needs a reason and a side; the badge then leaves the curriculum.
    assertThat(p.pat().postJson(at + "/withdraw", reason("  ")).body())
        .contains("coBadge.reasonRequired");
    assertThat(p.lee().postJson(at + "/withdraw", reason("Not mine")).statusCode()).isEqualTo(403);
    assertThat(p.ed().postJson(at + "/withdraw", reason("Not a publisher")).statusCode())
        .isEqualTo(403);
    assertThat(publishersOf(slug)).contains(PARTNER);
    assertThat(
            p.pat().postJson(at + "/withdraw", reason("Our guidance on this changed")).statusCode())
        .isEqualTo(204);
    assertThat(publishersOf(slug)).contains(COLLEGE).doesNotContain(PARTNER);
    assertThat(p.eden().postJson(at + "/withdraw", reason("Again")).statusCode()).isEqualTo(409);
    JsonObject ended = array(p.eden().get(asking)).getJsonObject(0);
    assertThat(ended.getString("status")).isEqualTo("WITHDRAWN");
    assertThat(ended.getString("withdrawnBy")).isEqualTo(p.email("pat"));
    assertThat(ended.getString("reason")).isEqualTo("Our guidance on this changed");

    // The certificate keeps what was true when it was issued.
    new LoginPage(browser).open().signIn(p.email("lee"), PASSWORD);
    assertThat(certificatePublishers("Badged " + p.run())).contains(COLLEGE).contains(PARTNER);

    // Asking again after a withdrawal is a new request.
    assertThat(p.eden().postJson(asking, ask(PARTNER_SLUG)).statusCode()).isEqualTo(201);
    assertThat(publishersOf(slug)).doesNotContain(PARTNER);
  }

  @Test
  void anUploadedPackageAsksTheOtherPublishersRatherThanShowingThem() throws Exception {
    People p = people();
    String slug = "packaged-" + p.run();
    TestContent content = new TestContent(p.eden());
    content.publishModule(slug + "-module", "Packaged module " + p.run(), 1, 1, 0);
    content.publishCurriculum(
        slug,
        "Packaged " + p.run(),
        List.of(TestContent.COLLEGE_SLUG, PARTNER_SLUG),
        slug + "-module");
    assertThat(publishersOf(slug)).contains(COLLEGE).doesNotContain(PARTNER);
    JsonObject request =
        array(p.pat().get("/api/v1/co-badges")).getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("curriculumSlug").equals(slug))
            .findFirst()
            .orElseThrow();
    assertThat(request.getString("status")).isEqualTo("ASKED");
    assertThat(p.pat().post("/api/v1/co-badges/" + request.getJsonNumber("id") + "/accept"))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(204);
    assertThat(publishersOf(slug)).contains(PARTNER);

    // Consent, not the package, decides: a new version that leaves the partner out still shows it,
    // and naming it again asks nobody twice.
    content.publishCurriculum(slug, "Packaged " + p.run(), slug + "-module");
    assertThat(publishersOf(slug)).contains(COLLEGE).contains(PARTNER);
    content.publishCurriculum(
        slug,
        "Packaged " + p.run(),
        List.of(TestContent.COLLEGE_SLUG, PARTNER_SLUG),
        slug + "-module");
    assertThat(
            array(p.pat().get("/api/v1/co-badges")).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("curriculumSlug").equals(slug)))
        .hasSize(1);
  }

  /** The publishers the certificate for {@code title} names, from the learner's /me. */
  private String certificatePublishers(String title) {
    browser.open("/me");
    List<String> links =
        browser.findAll("#certificates a[href*='/certificates/']").stream()
            .map(a -> a.getAttribute("href"))
            .toList();
    for (String link : links) {
      browser.driver().get(link);
      browser.checkPage();
      if (browser.text("#certificate-subject").equals(title)) {
        return browser.text("#certificate-publishers");
      }
    }
    throw new AssertionError("No certificate for " + title + " among " + links);
  }

  @Test
  void anEditorAsksAndAnotherCollegesPublisherAnswersInTheStudio() throws Exception {
    People p = people();
    String slug = "studio-badged-" + p.run();
    String title = "Studio badged " + p.run();
    long version = new TestContent(p.eden()).publishSmallCurriculum(slug, title);

    // Eden asks in the studio; nothing chosen is refused beside the field.
    new LoginPage(browser).open().signIn(p.email("eden"), PASSWORD);
    browser.open("/studio/curriculum?v=" + version);
    assertThat(browser.text("#no-co-badges")).contains("You have not asked");
    browser.submit("[id='publishers:ask']");
    assertThat(browser.fieldError("publishers:publisher")).contains("Please choose a publisher");
    browser.choose("[id='publishers:publisher']", PARTNER);
    browser.submit("[id='publishers:ask']");
    assertThat(browser.pageText()).contains("Their badge will appear once");
    assertThat(browser.text("#co-badges")).contains(PARTNER).contains("Waiting for an answer");
    assertThat(browser.text("#publisher-list")).contains(COLLEGE).doesNotContain(PARTNER);
    assertThat(
            browser.findAll("[id='publishers:publisher'] option").stream().map(WebElement::getText))
        .as("asked once")
        .doesNotContain(PARTNER);
    LoginPage.signOut(browser);
    browser.open("/curricula/" + slug);
    assertThat(browser.text("#publishers")).isEqualTo(COLLEGE);

    // Pat is told by mail, and accepts on the studio desk.
    TestAccounts accounts = new TestAccounts(browser);
    accounts.signInAsAdministrator();
    assertThat(accounts.outboxLink(p.email("pat"))).endsWith("/studio#co-badging");
    LoginPage.signOut(browser);
    new LoginPage(browser).open().signIn(p.email("pat"), PASSWORD);
    browser.open("/studio");
    WebElement request = requestFor(title);
    assertThat(request.getText()).contains("Led by " + COLLEGE).contains(p.email("eden"));
    browser.submit("#" + request.getAttribute("id") + " input[id$=':accept']");
    assertThat(browser.pageText()).contains("your badge now shows on the curriculum");
    assertThat(requestFor(title).getText()).contains("Co-badging");
    LoginPage.signOut(browser);
    browser.open("/curricula/" + slug);
    assertThat(browser.text("#publishers")).contains(COLLEGE).contains(PARTNER);

    // Eden withdraws it: a reason is required, and the page asks first.
    new LoginPage(browser).open().signIn(p.email("eden"), PASSWORD);
    browser.open("/studio/curriculum?v=" + version);
    assertThat(browser.text("#publisher-list")).contains(PARTNER);
    assertThat(browser.submitConfirming("[id='publishers:badges:0:withdraw']"))
        .contains("Withdraw this co-badge?");
    assertThat(browser.fieldError("publishers:badges:0:reason")).contains("Please say why");
    assertThat(browser.text("#publisher-list")).as("refused: nothing changed").contains(PARTNER);
    browser.type("[id='publishers:badges:0:reason']", "We are merging this into a new curriculum.");
    browser.submitConfirming("[id='publishers:badges:0:withdraw']");
    assertThat(browser.text("#co-badges"))
        .contains("Withdrawn")
        .contains("We are merging this into a new curriculum.");
    assertThat(browser.text("#publisher-list")).doesNotContain(PARTNER);
    LoginPage.signOut(browser);
    browser.open("/curricula/" + slug);
    assertThat(browser.text("#publishers")).isEqualTo(COLLEGE);

    // Pat's desk no longer lists it; Pat was told why.
    new LoginPage(browser).open().signIn(p.email("pat"), PASSWORD);
    browser.open("/studio");
    assertThat(browser.pageText()).doesNotContain(title);
  }

  private WebElement requestFor(String title) {
    return browser.findAll("#co-badge-requests li.co-badge").stream()
        .filter(li -> li.getText().contains(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No request for " + title));
  }
}
