package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.StudioModulePage;
import org.parity.browser.pages.TestAccounts;

/**
 * A college's editor drafts a module, the college's publisher returns it with a comment, the editor
 * fixes it, the publisher publishes it, and its public page shows it; another college cannot touch
 * it.
 */
class StudioReviewIT extends BrowserTest {

  private static final String PASSWORD = "saffron lattice meadow 20";
  private static final String COLLEGE = "College of Whole-Person Care (demo)";
  private static final String OTHER_PUBLISHER = "Primary Care Learning Collaborative (demo)";

  private void signIn(String email) {
    new LoginPage(browser).open().signIn(email, PASSWORD);
    assertThat(browser.path()).isEqualTo("/me");
  }

  @Test
  void aModuleGoesFromDraftThroughReviewToPublished() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String editor = "editor-" + run + "@example.org";
    String publisher = "publisher-" + run + "@example.org";
    String outsider = "outsider-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(editor, "Eden Editor", PASSWORD, List.of("EDITOR"), COLLEGE);
    accounts.create(publisher, "Pat Publisher", PASSWORD, List.of("PUBLISHER"), COLLEGE);
    accounts.create(outsider, "Olu Outsider", PASSWORD, List.of("EDITOR"), OTHER_PUBLISHER);
    String partner = "partner-" + run + "@example.org";
    accounts.create(partner, "Pia Partner", PASSWORD, List.of("PUBLISHER"), OTHER_PUBLISHER);
    StudioModulePage module = new StudioModulePage(browser);

    // The editor drafts a module with a unit and a question, and submits it.
    signIn(editor);
    browser.open("/studio");
    browser.choose("[id='newModule:owner']", COLLEGE);
    browser.type("[id='newModule:title']", "Frailty and low mood");
    browser.type("[id='newModule:slug']", "frailty-and-low-mood-" + run);
    browser.submit("[id='newModule:create']");
    assertThat(browser.path()).isEqualTo("/studio/module");
    String moduleAddress = browser.url();
    assertThat(module.versionStatus()).contains("Draft");

    module.writeUnit("Noticing low mood", "## Ask about mood\n\nAt every **frailty review**.");
    browser.waitFor("[id='unit:preview'] h2");
    assertThat(browser.text("[id='unit:preview'] strong")).isEqualTo("frailty review");
    module.saveUnit();
    assertThat(module.units()).contains("Noticing low mood");

    browser.type("[id='question:questionKey']", "q1");
    browser.type("[id='question:questionText']", "Who should ask about mood?");
    browser.type(optionText(0), "Everyone in the team");
    browser.find(optionBox(0)).click();
    browser.type(optionFeedback(0), "Yes: every contact counts.");
    browser.type(optionText(1), "Only the mental health team");
    browser.type(optionFeedback(1), "No: it is everyone's job.");
    browser.submit("[id='question:add']");
    assertThat(browser.text("#messages")).contains("Question added");

    module.submitForReview();
    assertThat(module.versionStatus()).contains("In review");
    assertThat(browser.findAll("[id='details:save']")).as("no editing while in review").isEmpty();
    LoginPage.signOut(browser);

    // The publisher returns it: a comment is required.
    signIn(publisher);
    browser.open("/studio");
    assertThat(browser.text("#review-queue")).contains("Frailty and low mood");
    module.openAt(moduleAddress).returnToEditors();
    assertThat(module.commentError()).contains("Please say what needs changing");
    module.returnToEditors("Please name the PHQ-2 in the title.");
    assertThat(module.versionStatus()).contains("Draft");
    LoginPage.signOut(browser);

    // The editor reads the comment, fixes the title and submits again.
    signIn(editor);
    module.openAt(moduleAddress);
    assertThat(module.history())
        .contains("Returned to editors")
        .contains("Please name the PHQ-2 in the title.");
    module.retitle("Frailty and low mood: using the PHQ-2").editUnit(0);
    assertThat(module.unitTitle()).isEqualTo("Noticing low mood");
    module.retitleUnit("Noticing low mood early").saveUnit();
    assertThat(browser.text("#messages")).contains("Unit saved");
    assertThat(module.units()).contains("Noticing low mood early");
    module.submitForReview();
    LoginPage.signOut(browser);

    // An editor of another publisher can neither see nor change it.
    signIn(outsider);
    module.openAt(moduleAddress);
    assertThat(browser.pageText())
        .contains("There is no such version, or it belongs to another publisher.");
    assertThat(browser.findAll("[id='review:submit']")).isEmpty();
    LoginPage.signOut(browser);

    // The publisher publishes; the public page shows it.
    signIn(publisher);
    module.openAt(moduleAddress).publish();
    assertThat(module.versionStatus()).contains("Published");
    LoginPage.signOut(browser);

    browser.open("/modules/frailty-and-low-mood-" + run);
    assertThat(browser.text("h1")).isEqualTo("Frailty and low mood: using the PHQ-2");
    assertThat(browser.text("#owner")).isEqualTo(COLLEGE);
    assertThat(browser.text("#units")).contains("Noticing low mood early");

    // The editor builds a co-badged curriculum around it; once published the catalogue shows it.
    signIn(editor);
    browser.open("/studio");
    browser.choose("[id='newCurriculum:owner']", COLLEGE);
    browser.type("[id='newCurriculum:title']", "Frailty foundations " + run);
    browser.type("[id='newCurriculum:slug']", "frailty-foundations-" + run);
    browser.submit("[id='newCurriculum:create']");
    assertThat(browser.path()).isEqualTo("/studio/curriculum");
    String curriculumAddress = browser.url();
    browser.choose("[id='publishers:publisher']", OTHER_PUBLISHER);
    browser.submit("[id='publishers:ask']");
    assertThat(browser.text("#co-badges")).contains(OTHER_PUBLISHER);
    acceptRequest(partner, "frailty-foundations-" + run);
    browser.driver().get(curriculumAddress);
    browser.checkPage();
    assertThat(browser.text("#publisher-list")).contains(COLLEGE).contains(OTHER_PUBLISHER);
    browser.find("input[type=checkbox][value='GP']").click();
    browser.type("[id='details:summary']", "Mood and frailty, for every profession.");
    browser.submit("[id='details:save']");
    browser.type("[id='include:query']", run);
    browser.submit("[id='include:find']");
    browser.submit("#found-modules input[type=submit]");
    assertThat(browser.text("#module-list")).contains("Frailty and low mood: using the PHQ-2");
    browser.submit("[id='review:submit']");
    LoginPage.signOut(browser);

    signIn(publisher);
    browser.driver().get(curriculumAddress);
    browser.checkPage();
    browser.submit("[id='review:publish']");
    assertThat(browser.text("#version-status")).contains("Published");
    LoginPage.signOut(browser);

    browser.open("/curricula?q=" + run + "&profession=GP");
    assertThat(browser.text(".result-list")).contains("Frailty foundations " + run);
    browser.open("/curricula?q=" + run + "&profession=MIDWIFE");
    assertThat(browser.findAll(".curriculum-card")).isEmpty();
    assertThat(browser.text(".empty-state")).contains("No curriculum matches these filters");
    browser.open("/curricula/frailty-foundations-" + run);
    assertThat(browser.text("#publishers")).contains(COLLEGE).contains(OTHER_PUBLISHER);
    assertThat(browser.text("#modules"))
        .contains("Frailty and low mood: using the PHQ-2")
        .contains(COLLEGE);
    browser.open("/modules/frailty-and-low-mood-" + run);
    assertThat(browser.text("#usage")).isEqualTo("Used in 1 curricula by 2 publishers");

    // Editing a published module starts a new draft; the draft shows what changed since version 1.
    signIn(editor);
    module.openAt(moduleAddress).startNewDraft();
    assertThat(module.versionStatus()).contains("Version 2").contains("Draft");
    assertThat(module.changes()).contains("Nothing has changed yet");
    module
        .chooseUnitKind("reflection")
        .writeUnit("Your own practice", "Think of an older patient you saw this month.")
        .saveUnit();
    assertThat(module.changes()).contains("Units added").contains("Your own practice");
    browser.open("/modules/frailty-and-low-mood-" + run);
    assertThat(browser.text("#units"))
        .as("the published version is unchanged")
        .doesNotContain("Your own practice");
  }

  /**
   * The other publisher consents to co-badging the curriculum, as CoBadgingIT does in the studio.
   */
  private void acceptRequest(String partner, String curriculum) throws Exception {
    ApiSession session = ApiSession.signedIn(base, partner, PASSWORD);
    jakarta.json.JsonObject request =
        jakarta.json.Json.createReader(
                new java.io.StringReader(session.get("/api/v1/co-badges").body()))
            .readArray()
            .getValuesAs(jakarta.json.JsonObject.class)
            .stream()
            .filter(r -> r.getString("curriculumSlug").equals(curriculum))
            .findFirst()
            .orElseThrow();
    assertThat(request.getString("status")).isEqualTo("ASKED");
    assertThat(
            session
                .post("/api/v1/co-badges/" + request.getJsonNumber("id") + "/accept")
                .statusCode())
        .isEqualTo(204);
  }

  private static String optionText(int row) {
    return "input[id$=':" + row + ":optionText'][id^='question:']";
  }

  private static String optionFeedback(int row) {
    return "input[id$=':" + row + ":optionFeedback'][id^='question:']";
  }

  private static String optionBox(int row) {
    return "input[id$=':" + row + ":optionCorrect'][id^='question:']";
  }

  @Test
  void aPublisherDoesNotApproveTheirOwnWork() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String author = "own-pub-" + run + "@example.org";
    String colleague = "colleague-pub-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(author, "Ola Own", PASSWORD, List.of("EDITOR", "PUBLISHER"), COLLEGE);
    accounts.create(colleague, "Cal Colleague", PASSWORD, List.of("PUBLISHER"), COLLEGE);
    long version =
        new TestContent(ApiSession.signedIn(base, author, PASSWORD))
            .submitModule("own-work-" + run, "Own work " + run);
    StudioModulePage module = new StudioModulePage(browser);

    // The publisher who wrote and submitted it is told another publisher approves it.
    signIn(author);
    module.open(version);
    assertThat(module.versionStatus()).contains("In review");
    assertThat(browser.text("#own-work")).contains("another publisher approves it");
    assertThat(browser.findAll("[id='review:publish']")).isEmpty();
    LoginPage.signOut(browser);

    signIn(colleague);
    module.open(version);
    assertThat(browser.findAll("#own-work")).isEmpty();
    module.publish();
    assertThat(module.versionStatus()).contains("Published");
    assertThat(module.history()).contains(author).contains(colleague);
  }
}
