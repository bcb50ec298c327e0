package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * A publisher's report counts enrolments and completions by month, profession and region, scores
 * each question, and is theirs alone.
 */
class PublisherReportsIT extends BrowserTest {

  private static final String PASSWORD = "willow signal basket 35";

  private static void revoke(Browser browser) {
    browser.find("[id='revoke:submit']").click();
    browser.waitFor("[id='confirm:yes']");
    browser.ajaxClick("[id='confirm:yes']");
  }

  @Test
  void theReportCountsWhoEnrolledAndCompletedAndWhichQuestionsMislead() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String publisher = "rep-pub-" + run + "@example.org";
    String otherPublisher = "rep-other-" + run + "@example.org";
    String gpOne = "rep-gp1-" + run + "@example.org";
    String gpTwo = "rep-gp2-" + run + "@example.org";
    String nurse = "rep-nurse-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(
        publisher, "Pat Publisher", PASSWORD, List.of("EDITOR", "PUBLISHER"), TestContent.COLLEGE);
    accounts.create(
        otherPublisher,
        "Oona Other",
        PASSWORD,
        List.of("EDITOR", "PUBLISHER"),
        "Primary Care Learning Collaborative (demo)");
    accounts.create(gpOne, "Gwen GP", PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    accounts.create(gpTwo, "Glyn GP", PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    accounts.create(
        nurse, "Nia Nurse", "Practice nurse", PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    String module = "rep-mood-" + run;
    String curriculum = "rep-curriculum-" + run;
    String title = "Reported curriculum " + run;
    ApiSession publisherSession = ApiSession.signedIn(base, publisher, PASSWORD);
    TestContent content = new TestContent(publisherSession);
    content.publishModule(module, "Reported module " + run, 1, 1, 0);
    content.publishCurriculum(curriculum, title, module);

    // Two complete (a GP and the nurse, both right first time); the other GP answers wrongly.
    String certificate = null;
    for (String learner : List.of(gpOne, nurse)) {
      LearnerApi api = new LearnerApi(ApiSession.signedIn(base, learner, PASSWORD));
      long enrolment = api.enrol("curriculum", curriculum);
      assertThat(api.workThrough(enrolment, 0, 0).getBoolean("moduleCompleted")).isTrue();
      certificate =
          api.player(enrolment)
              .getJsonArray("modules")
              .getJsonObject(0)
              .getString("certificateCode");
    }
    LearnerApi failing = new LearnerApi(ApiSession.signedIn(base, gpTwo, PASSWORD));
    long enrolment = failing.enrol("curriculum", curriculum);
    assertThat(failing.workThrough(enrolment, 0, 1).getBoolean("passed")).isFalse();

    HttpResponse<String> csv =
        publisherSession.get("/api/v1/reports/curricula/" + curriculum + ".csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    List<String> rows = csv.body().lines().toList();
    assertThat(rows.get(0)).isEqualTo("Section,Group,Enrolments,Completions,Answers,Correct %");
    assertThat(rows).contains("profession,GP,2,1,,", "profession,PRACTICE_NURSE,1,1,,");
    assertThat(rows).contains("region,UNKNOWN,3,2,,");
    assertThat(rows).anyMatch(r -> r.matches("month,\\d{4}-\\d{2},3,2,,"));
    assertThat(rows)
        .anyMatch(r -> r.startsWith("question,") && r.contains("/ q1: ") && r.endsWith(",3,67"));

    assertThat(
            ApiSession.signedIn(base, otherPublisher, PASSWORD)
                .get("/api/v1/reports/curricula/" + curriculum + ".csv")
                .statusCode())
        .as("another college's publisher")
        .isEqualTo(403);
    assertThat(
            ApiSession.signedIn(base, gpOne, PASSWORD)
                .get("/api/v1/reports/curricula/" + curriculum + ".csv")
                .statusCode())
        .as("a learner")
        .isEqualTo(403);

    new LoginPage(browser).open().signIn(publisher, PASSWORD);
    browser.open("/studio");
    browser.submit("#reports-link");
    assertThat(browser.text("#report-curricula")).contains(title);
    browser.open("/studio/reports?c=" + curriculum);
    assertThat(browser.text("#report-totals")).contains("3 enrolments, 2 completions");
    assertThat(browser.text("#by-profession")).contains("GP 2 1").contains("Practice nurse 1 1");
    assertThat(browser.text("#question-scores")).contains("Reported module " + run).contains("67%");
    assertThat(browser.findAll("canvas")).hasSize(3);

    // Followed for one profession: the GPs only.
    browser.choose("#profession", "GP");
    browser.submit("#filter");
    assertThat(browser.url()).contains("profession=GP");
    assertThat(browser.text("#report-totals")).contains("2 enrolments, 1 completion");
    assertThat(browser.text("#question-scores")).contains("50%");

    // Revoking a certificate: the reason is required, then the public page says it is revoked.
    browser.type("[id='revoke:code']", certificate);
    revoke(browser);
    assertThat(browser.fieldError("revoke:reason")).contains("Give the reason");
    browser.type("[id='revoke:reason']", "Completed on a shared account");
    revoke(browser);
    assertThat(browser.text("#messages"))
        .contains("Certificate " + certificate + " has been revoked");

    LoginPage.signOut(browser);
    new LoginPage(browser).open().signIn(otherPublisher, PASSWORD);
    browser.open("/studio/reports");
    assertThat(browser.text("main")).doesNotContain(title);
    browser.open("/studio/reports?c=" + curriculum);
    assertThat(browser.text("#messages")).contains("not one of your publishers");
    assertThat(browser.findAll("#report-totals")).isEmpty();
    browser.type("[id='revoke:code']", certificate);
    browser.type("[id='revoke:reason']", "Not ours to revoke");
    revoke(browser);
    assertThat(browser.fieldError("revoke:code")).contains("another publisher");

    LoginPage.signOut(browser);
    browser.open("/certificates/" + certificate);
    assertThat(browser.text("#certificate-status"))
        .isEqualTo(
            "This certificate has been revoked by its publisher: Completed on a shared account");
  }
}
