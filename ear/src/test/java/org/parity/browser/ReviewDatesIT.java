package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Review-by dates in the studio and for learners: a published module says when it was last reviewed
 * and when it is due; a publisher of its owner moves the date on with a reason or retires it (its
 * learners keep access and are told); a publisher sets its default time between reviews. Editors
 * who are not publishers are refused by the services. (Reminders and the overdue notice, which need
 * time to pass, are ReviewRemindersIT's.)
 */
class ReviewDatesIT extends BrowserTest {

  private static final String PASSWORD = "walnut harbour signal 58";
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);

  private static String reviewBy(String date, String reason) {
    return Json.createObjectBuilder()
        .add("reviewBy", date)
        .add("reason", reason)
        .build()
        .toString();
  }

  @Test
  void aPublisherMovesTheDateOnOrRetiresAVersionAndLearnersKeepTheirAccess() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String slug = "reviewed-" + run;
    String title = "Reviewed module " + run;
    TestAccounts accounts = new TestAccounts(browser);
    String lena = "lena-review-" + run + "@example.org";
    String ed = "ed-review-" + run + "@example.org";
    String lee = "lee-review-" + run + "@example.org";
    accounts.create(lena, "Lena Review" + run, PASSWORD, List.of("PUBLISHER"), TestContent.COLLEGE);
    accounts.create(ed, "Ed Review" + run, PASSWORD, List.of("EDITOR"), TestContent.COLLEGE);
    accounts.create(lee, "Lee Review" + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    ApiSession eden =
        ApiSession.signedIn(
                base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"))
            .newAccount(
                "Eden Review", List.of("EDITOR", "PUBLISHER"), List.of(TestContent.COLLEGE_SLUG));
    long version = new TestContent(eden).publishModule(slug, title, 1, 1, 0);
    LearnerApi learner = new LearnerApi(ApiSession.signedIn(base, lee, PASSWORD));
    long enrolment = learner.enrol("module", slug);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    // Learners see when it was last reviewed.
    browser.open("/modules/" + slug);
    assertThat(browser.text("#last-reviewed")).isEqualTo(today.format(LONG));
    assertThat(browser.findAll("#review-overdue")).isEmpty();

    // An editor who is not a publisher sees the dates but may not change them.
    ApiSession editor = ApiSession.signedIn(base, ed, PASSWORD);
    String at = "/api/v1/module-versions/" + version;
    assertThat(
            editor
                .postJson(at + "/review-by", reviewBy(today.plusYears(3).toString(), "Later"))
                .statusCode())
        .isEqualTo(403);
    assertThat(editor.postJson(at + "/retire", "{\"reason\":\"Old\"}").statusCode()).isEqualTo(403);
    new LoginPage(browser).open().signIn(ed, PASSWORD);
    browser.open("/studio/module?v=" + version);
    assertThat(browser.text("#review-standing"))
        .contains(today.format(LONG))
        .contains(today.plusMonths(24).format(LONG));
    assertThat(browser.findAll("[id='reviewDates:extend']")).isEmpty();
    LoginPage.signOut(browser);

    // Lena moves it on: both fields are checked, and refused input changes nothing.
    new LoginPage(browser).open().signIn(lena, PASSWORD);
    browser.open("/studio/module?v=" + version);
    setDate("[id='reviewDates:reviewBy']", today);
    browser.submit("[id='reviewDates:extend']");
    assertThat(browser.fieldError("reviewDates:reviewBy")).contains("Choose a date after today");
    assertThat(browser.fieldError("reviewDates:reason")).contains("Please say why");
    assertThat(browser.text("#review-standing")).contains(today.plusMonths(24).format(LONG));
    LocalDate later = today.plusMonths(30);
    setDate("[id='reviewDates:reviewBy']", later);
    browser.type("[id='reviewDates:reason']", "NICE guidance on this is not due to change.");
    browser.submit("[id='reviewDates:extend']");
    assertThat(browser.pageText()).contains("The review-by date has moved on");
    assertThat(browser.text("#review-standing")).contains(later.format(LONG));
    assertThat(browser.text("#history"))
        .contains("Review-by date moved on")
        .contains("NICE guidance on this is not due to change.");

    // Retiring asks first and needs a reason.
    assertThat(browser.submitConfirming("[id='retire:retire']")).contains("Retire this version?");
    assertThat(browser.fieldError("retire:reason")).contains("Please say why");
    browser.type("[id='retire:reason']", "Replaced by the new frailty module.");
    browser.submitConfirming("[id='retire:retire']");
    assertThat(browser.text("#version-status")).contains("Retired");
    assertThat(browser.text("#history")).contains("Replaced by the new frailty module.");
    LoginPage.signOut(browser);

    // It leaves the catalogue; Lee is told and keeps his access.
    HttpResponse<String> gone = ApiSession.anonymous(base).get("/api/v1/modules/" + slug);
    assertThat(gone.statusCode()).isEqualTo(404);
    accounts.signInAsAdministrator();
    assertThat(accounts.outboxLink(lee)).endsWith("/learn/" + enrolment);
    LoginPage.signOut(browser);
    assertThat(learner.player(enrolment).getString("title")).isEqualTo(title);
    new LoginPage(browser).open().signIn(lee, PASSWORD);
    browser.open("/learn/" + enrolment);
    assertThat(browser.text("h1")).contains(title);
    assertThat(browser.text("#unit-last-reviewed")).contains(today.format(LONG));
    assertThat(browser.text("#module-retired")).contains("You keep your access");
  }

  /** A date field as a date picker fills it, whatever order the browser's language types in. */
  private void setDate(String css, LocalDate day) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", browser.find(css), day.toString());
  }

  @Test
  void aPublisherSetsHowLongItsContentStaysCurrent() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String pia = "pia-review-" + run + "@example.org";
    String partner = "Primary Care Learning Collaborative (demo)";
    new TestAccounts(browser)
        .create(pia, "Pia Review" + run, PASSWORD, List.of("PUBLISHER"), partner);
    new LoginPage(browser).open().signIn(pia, PASSWORD);
    browser.open("/studio");
    String field = "[id='review-policies:policies:0:reviewMonths']";
    assertThat(browser.find(field).getAttribute("value")).isEqualTo("24");
    browser.find(field).clear();
    browser.type(field, "5");
    browser.submit("[id='review-policies:policies:0:save']");
    assertThat(browser.fieldError("review-policies:policies:0:reviewMonths"))
        .contains("from 6 to 60");
    browser.find(field).clear();
    browser.type(field, "18");
    browser.submit("[id='review-policies:policies:0:save']");
    assertThat(browser.pageText()).contains("it applies to versions approved from now on");
    browser.open("/studio");
    assertThat(browser.find(field).getAttribute("value")).isEqualTo("18");
    assertThat(browser.text("#due-for-review")).contains("Nothing of yours is due for review");
    // Back to the default, so that other tests meet the starter publisher as it ships.
    browser.find(field).clear();
    browser.type(field, "24");
    browser.submit("[id='review-policies:policies:0:save']");
  }
}
