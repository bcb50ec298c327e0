package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * A new learner's whole journey in a real browser: enrol, read, reflect, fail the quiz, retry and
 * pass, complete the module, download the certificate and check it on the public page.
 */
class LearnerJourneyIT extends BrowserTest {

  private static final String PASSWORD = "lantern orchard pebble 61";

  /** A name the standard PDF fonts (Latin-1 only) could not print: certificates must. */
  private static final String NAME = "Rhiannon Gŵyn-Łukasiewicz";

  @Test
  void aNewLearnerCompletesAModuleAndGetsACertificateAnyoneCanCheck() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String publisher = "journey-pub-" + run + "@example.org";
    String learner = "journey-" + run + "@example.org";
    String slug = "mood-journey-" + run;
    String title = "Mood at the annual review " + run;
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(
        publisher, "Pat Publisher", PASSWORD, List.of("EDITOR", "PUBLISHER"), TestContent.COLLEGE);
    accounts.create(learner, NAME, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    new TestContent(ApiSession.signedIn(base, publisher, PASSWORD))
        .publishModule(slug, title, 2, 2, 0, true);

    // Enrol from the module's public page.
    new LoginPage(browser).open().signIn(learner, PASSWORD);
    browser.open("/modules/" + slug);
    browser.submit("[id='enrol:submit']");
    assertThat(browser.path()).matches("/learn/\\d+");
    String player = browser.path();
    assertThat(browser.text("#unit-title")).isEqualTo("Why mood matters");
    assertThat(browser.find("#unit-body strong").getText()).isEqualTo("two to three times");
    assertThat(browser.find("#overall-progress").getAttribute("value")).isEqualTo("0");

    // Read the text unit, then the video: a link that opens apart, and its transcript.
    browser.submit("[id='done:submit']");
    assertThat(browser.text("#unit-title")).isEqualTo("A review, annotated");
    assertThat(browser.find("#video-link").getAttribute("href"))
        .isEqualTo("https://example.org/video/mood-review");
    assertThat(browser.find("#video-link").getAttribute("target")).isEqualTo("_blank");
    assertThat(browser.text("#unit-body"))
        .contains("How has your mood been since the last review?");
    assertThat(browser.find("#overall-progress").getAttribute("value")).isEqualTo("25");
    browser.submit("[id='done:submit']");
    assertThat(browser.text("#unit-title")).isEqualTo("Your practice");
    assertThat(browser.find("#overall-progress").getAttribute("value")).isEqualTo("50");

    // A reflection is saved as it is typed: a reload keeps it.
    browser.find("[id='reflection:text']").sendKeys("I asked about mood and listened first.");
    browser.waitForText("[id='reflection:status']", "Saved privately");
    browser.driver().navigate().refresh();
    browser.checkPage();
    assertThat(browser.find("[id='reflection:text']").getAttribute("value"))
        .isEqualTo("I asked about mood and listened first.");
    browser.submit("[id='reflection:submit']");
    assertThat(browser.text("#unit-title")).isEqualTo("Check your understanding");

    // First attempt: both answers wrong, each saved as it is chosen; a reload keeps them.
    browser.ajaxClick("[id='start:submit']");
    // The connection drops as the first answer is given: the page says so, and sends it again
    // once the connection is back.
    ChromeDriver chrome = (ChromeDriver) browser.driver();
    ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
    offline.setOffline(true);
    chrome.setNetworkConditions(offline);
    label(browser, 0, "False").click();
    browser.waitFor("#offline-notice");
    chrome.deleteNetworkConditions();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> !d.findElement(By.id("offline-notice")).isDisplayed());
    browser.waitForText("fieldset.quiz-question .answer-status", "Answer saved");
    browser.discardConsole();
    chooseEverywhere(browser, "False");
    browser.driver().navigate().refresh();
    browser.checkPage();
    assertThat(browser.findAll("fieldset.quiz-question input[type=radio]:checked")).hasSize(2);
    // The dashboard's "continue" comes back to the open quiz, answers and all.
    browser.open("/me");
    assertThat(browser.text("#my-learning")).contains("Next: Check your understanding");
    browser.submit("#my-learning a.continue");
    assertThat(browser.path()).isEqualTo(player);
    assertThat(browser.text("#unit-title")).isEqualTo("Check your understanding");
    assertThat(browser.findAll("fieldset.quiz-question input[type=radio]:checked")).hasSize(2);
    submitQuiz(browser);
    assertThat(browser.text("#messages")).contains("You scored 0 of 2, below the pass mark");
    assertThat(browser.text("#feedback")).contains("Not so: ask about mood at every review.");
    assertThat(browser.text("#attempt-history")).contains("0 / 2");

    // Retry and pass: the module is complete and its certificate is issued.
    browser.ajaxClick("[id='start:submit']");
    chooseEverywhere(browser, "True");
    submitQuiz(browser);
    assertThat(browser.text("#messages")).contains("You passed with 2 of 2");
    assertThat(browser.text("#completed")).contains("You have completed this");
    assertThat(browser.find("#overall-progress").getAttribute("value")).isEqualTo("100");
    String certificateHref =
        browser.find(".player-outline a[href*='/certificates/']").getAttribute("href");
    String code = certificateHref.substring(certificateHref.lastIndexOf('/') + 1);
    assertThat(code).matches("[A-Z2-9]{12}");

    // The dashboard shows the enrolment complete and the certificate.
    browser.open("/me");
    assertThat(browser.text("#my-learning")).contains(title).contains("100%");
    assertThat(browser.text("#certificates")).contains(title).contains(code);
    assertThat(browser.text("#my-activity")).contains("Completed " + title).contains("Passed");
    browser.open(player);
    assertThat(browser.text("#unit-title")).isEqualTo("Why mood matters");

    // The certificate PDF, downloaded as the learner, says who did what.
    HttpResponse<byte[]> pdf =
        signedInGet(
            browser,
            "api/v1/me/certificates/" + code + "/pdf",
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(NAME)
          .contains(title)
          .contains("Version 1")
          .contains("Published by College of Whole-Person Care (demo)")
          .contains("CPD hours: 0.75")
          .contains("Verification code: " + code);
    }

    // The CPD log has the completion, with the reflection written in the module.
    browser.open("/me");
    browser.submit("#cpd-link");
    assertThat(browser.path()).isEqualTo("/me/cpd");
    assertThat(browser.text("#cpd-entries"))
        .contains(title)
        .contains("Completed in Parity")
        .contains("Your practice: I asked about mood and listened first.");
    browser.ajaxClick("#cpd-entries li:first-child button[id$='edit']");
    browser.type("[id='entry:changed']", "I now ask about mood at every annual review.");
    browser.type("[id='entry:standard']", "NMC Code: Prioritise people");
    browser.ajaxClick("[id='entry:save']");
    assertThat(browser.text("#cpd-entries"))
        .contains("I now ask about mood at every annual review.")
        .contains("NMC Code: Prioritise people");

    // Learning done elsewhere: refused without a title, then added.
    browser.ajaxClick("[id='entries:add']");
    browser.type("[id='entry:hours']", "1.5");
    browser.ajaxClick("[id='entry:save']");
    assertThat(browser.fieldError("entry:title")).isEqualTo("Say what the activity was.");
    assertThat(browser.findAll("#cpd-entries > li")).hasSize(1);
    browser.type("[id='entry:title']", "Diabetes distress webinar");
    browser.type("[id='entry:provider']", "Ιατρικός Σύλλογος Αθηνών");
    browser.type("[id='entry:learned']", "Distress is not depression; ask about both.");
    browser.find("[id='entry:participatory']").click();
    browser.ajaxClick("[id='entry:save']");
    assertThat(browser.findAll("#cpd-entries > li")).hasSize(2);
    browser.type("[id='target:hours']", "35");
    browser.ajaxClick("[id='target:save']");
    assertThat(browser.text("#year-total"))
        .contains("2.25 of your target of 35 hours")
        .contains("Of these, 1.5 hours were participatory");
    assertThat(browser.text("#cpd-entries")).contains("participatory").contains("individual");

    String from = browser.find("[id='period:from']").getAttribute("value");
    String to = browser.find("[id='period:to']").getAttribute("value");
    String csv = signedInGet(browser, "api/v1/me/cpd.csv?from=" + from + "&to=" + to).body();
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Date,Activity,Provider,Hours");
    assertThat(csv)
        .contains(title)
        .contains("Diabetes distress webinar,Ιατρικός Σύλλογος Αθηνών,1.5,yes,MANUAL")
        .contains("I now ask about mood at every annual review.");
    HttpResponse<byte[]> logPdf =
        signedInGet(
            browser,
            "api/v1/me/cpd.pdf?from=" + from + "&to=" + to,
            HttpResponse.BodyHandlers.ofByteArray());
    try (PDDocument document = Loader.loadPDF(logPdf.body())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("CPD log: " + NAME)
          .contains("2 activities, 2.25 hours, of which 1.5 participatory")
          .contains("Diabetes distress webinar")
          .contains("Ιατρικός Σύλλογος Αθηνών")
          .contains("Distress is not depression; ask about both.");
    }

    // Anyone can check it; an unknown code is a 404.
    LoginPage.signOut(browser);
    browser.open("/certificates/" + code);
    assertThat(browser.text("#certificate-status")).isEqualTo("This certificate is valid.");
    assertThat(browser.text("#certificate-learner")).isEqualTo(NAME);
    assertThat(browser.text("#certificate-subject")).isEqualTo(title);
    HttpResponse<String> unknown =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "certificates/ABCDEFGHJKLM")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(
            ApiSession.anonymous(base)
                .download("/api/v1/me/certificates/" + code + "/pdf")
                .statusCode())
        .as("only its holder downloads it")
        .isEqualTo(401);
  }

  private HttpResponse<String> signedInGet(Browser browser, String path) throws Exception {
    return signedInGet(browser, path, HttpResponse.BodyHandlers.ofString());
  }

  /** A request with the browser's session, as a download link in the page would make it. */
  private <T> HttpResponse<T> signedInGet(
      Browser browser, String path, HttpResponse.BodyHandler<T> body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                .build(),
            body);
  }

  private static WebElement label(Browser browser, int question, String text) {
    return browser
        .findAll("fieldset.quiz-question")
        .get(question)
        .findElements(By.tagName("label"))
        .stream()
        .filter(l -> l.getText().equals(text))
        .findFirst()
        .orElseThrow();
  }

  /** Picks the option with this label in every question, waiting for each to be saved. */
  private static void chooseEverywhere(Browser browser, String label) {
    List<WebElement> questions = browser.findAll("fieldset.quiz-question");
    assertThat(questions).hasSize(2);
    for (int i = 0; i < questions.size(); i++) {
      label(browser, i, label).click();
      browser.waitForAjax();
    }
    browser.waitFor(".answer-status");
    assertThat(browser.findAll(".answer-status").stream().map(WebElement::getText))
        .containsOnly("Answer saved");
  }

  private static void submitQuiz(Browser browser) {
    browser.find("[id='quiz:submit']").click();
    browser.waitFor("[id='confirm:yes']");
    browser.ajaxClick("[id='confirm:yes']");
  }
}
