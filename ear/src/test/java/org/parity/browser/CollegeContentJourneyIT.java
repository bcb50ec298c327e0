package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.StudioModulePage;
import org.parity.browser.pages.TestAccounts;

/**
 * Content a college can put its name to, end to end (issue 15): an editor drafts a module with an
 * image, cited sources and an outcome mapped to another college's framework; a clinician and a
 * person with lived experience review it; a PUBLISHER who did neither approves it; the other
 * college's PUBLISHER accepts co-badging the curriculum that includes it and the mapping; and the
 * learner's pages show the reviews, the outcome met, the co-badge, the image and the sources.
 */
class CollegeContentJourneyIT extends BrowserTest {

  private static final String PASSWORD = "willow saddle beacon 62";
  private static final String PARTNER = "Primary Care Learning Collaborative (demo)";
  private static final String PARTNER_SLUG = "primary-care-learning-collaborative-demo";
  private static final String TRUST = "Northfield Mental Health NHS Foundation Trust (demo)";
  private static final String OUTCOME = "Ask about mood at every long-term condition review";
  private static final String SOURCE =
      "Depression in adults with a chronic physical health problem";

  private record People(String run, String college, String collegeSlug) {
    String email(String who) {
      return who + "-journey-" + run + "@example.org";
    }

    String name(String who) {
      return Character.toUpperCase(who.charAt(0)) + who.substring(1) + " Journey" + run;
    }
  }

  /**
   * A college of its own, whose review steps touch no other test: Eden edits, Pat sets its steps,
   * Pia approves; Cleo is its clinician, Lee a person with lived experience from a trust; Quinn
   * publishes for the partner college; Lena learns.
   */
  private People people() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String college = "Journey College " + run;
    TestAccounts accounts = new TestAccounts(browser);
    accounts.addOrganisation(college, "Royal college");
    People p = new People(run, college, "journey-college-" + run);
    String[][] who = {
      {"eden", "EDITOR", college},
      {"pat", "EDITOR,PUBLISHER", college},
      {"pia", "PUBLISHER", college},
      {"cleo", "LEARNER", college},
      {"lee", "LEARNER", TRUST},
      {"quinn", "PUBLISHER", PARTNER},
      {"lena", "LEARNER", TRUST}
    };
    for (String[] person : who) {
      accounts.create(
          p.email(person[0]),
          p.name(person[0]),
          PASSWORD,
          List.of(person[1].split(",")),
          person[2]);
    }
    return p;
  }

  /** Pat asks for clinical and lived-experience review of modules, and invites Cleo and Lee. */
  private void reviewSteps(People p) throws Exception {
    ApiSession pat = ApiSession.signedIn(base, p.email("pat"), PASSWORD);
    long college = pat.publisherId(p.college());
    assertThat(
            pat.putJson(
                    "/api/v1/publishers/" + college + "/review-steps",
                    "{\"moduleClinical\":true,\"moduleLivedExperience\":true,"
                        + "\"curriculumClinical\":false,\"curriculumLivedExperience\":false}")
                .statusCode())
        .isEqualTo(204);
    for (String[] invite : new String[][] {{"cleo", "CLINICAL"}, {"lee", "LIVED_EXPERIENCE"}}) {
      HttpResponse<String> invited =
          pat.postJson(
              "/api/v1/publishers/" + college + "/reviewers",
              "{\"email\":\"" + p.email(invite[0]) + "\",\"kind\":\"" + invite[1] + "\"}");
      assertThat(invited.statusCode()).as(invited.body()).isEqualTo(204);
    }
  }

  private void tick(String css) {
    if (!browser.find(css).isSelected()) {
      browser.find(css).click();
    }
  }

  private void signIn(People p, String who) {
    new LoginPage(browser).open().signIn(p.email(who), PASSWORD);
  }

  @Test
  void aCollegeDraftsReviewsPublishesAndSharesAModuleLearnersCanTrust() throws Exception {
    People p = people();
    reviewSteps(p);
    String slug = "mood-in-reviews-" + p.run();
    String title = "Mood in long-term condition reviews " + p.run();

    // Eden drafts the module: its outcome, an image with its text, and a clinical unit that cites.
    signIn(p, "eden");
    StudioModulePage module = new StudioModulePage(browser).create(p.college(), title, slug);
    long version = module.versionId();
    module.learningOutcomes(OUTCOME);
    assertThat(browser.text("#messages")).contains("Details saved");
    module.addImage(
        UnitImagesIT.file("review-plan.png", UnitImagesIT.png()),
        "A review plan with mood, medicines and the next appointment");
    assertThat(browser.text("#messages")).contains("Image added");
    module
        .writeUnit(
            "Asking about mood",
            "Ask two questions about mood at every review.\n\n"
                + "![A review plan](images/review-plan.png)")
        .makesClinicalClaims()
        .addSource()
        .describeSource(
            0, SOURCE + " (CG91)", "NICE", "2009", "https://www.nice.org.uk/guidance/cg91")
        .saveUnit();
    assertThat(browser.text("#messages")).contains("Unit added");

    // She maps the outcome to the partner college's framework, and submits the module.
    browser.leaveBy("#map-outcomes");
    browser.choose("[id='propose:moduleOutcome']", "1. " + OUTCOME);
    browser.choose(
        "[id='propose:frameworkOutcome']",
        "PC1 Consult with the whole person in view, physical and mental health together");
    browser.submit("[id='propose:proposeMapping']");
    assertThat(browser.text("#messages")).contains("Mapping proposed");
    module.open(version).submitForReview();
    assertThat(module.versionStatus()).contains("In review");
    LoginPage.signOut(browser);

    // Cleo reviews it clinically, then Lee with lived experience, from what waits for them.
    signIn(p, "cleo");
    browser.open("/reviews");
    browser.submit("#waiting a");
    assertThat(browser.text("#review-content")).contains("Asking about mood").contains(SOURCE);
    tick("[id='decide:checklist:0']");
    tick("[id='decide:checklist:1']");
    tick("[id='decide:checklist:2']");
    tick("[id='decide:nice:0']");
    browser.type("[id='decide:comment']", "Accurate; fits NICE CG91.");
    browser.submit("[id='decide:record']");
    assertThat(browser.text("#messages")).contains("Your review is recorded");
    LoginPage.signOut(browser);
    signIn(p, "lee");
    browser.open("/reviews");
    browser.submit("#waiting a");
    tick("[id='decide:checklist:0']");
    tick("[id='decide:checklist:1']");
    browser.submit("[id='decide:record']");
    assertThat(browser.text("#messages")).contains("Your review is recorded");
    LoginPage.signOut(browser);

    // Pia, who wrote and reviewed nothing, approves it.
    signIn(p, "pia");
    module.open(version).publish();
    assertThat(browser.text("#messages")).contains("Published");
    LoginPage.signOut(browser);

    // Eden's curriculum includes it and names the partner college, which is asked first.
    ApiSession eden = ApiSession.signedIn(base, p.email("eden"), PASSWORD);
    String curriculum = "long-term-conditions-" + p.run();
    String curriculumTitle = "Long-term conditions, whole person " + p.run();
    new TestContent(eden, p.collegeSlug())
        .publishCurriculum(
            curriculum, curriculumTitle, List.of(p.collegeSlug(), PARTNER_SLUG), slug);
    browser.open("/modules/" + slug);
    assertThat(browser.text("#used-in")).contains(curriculumTitle).doesNotContain(PARTNER);

    // Quinn, a PUBLISHER of the partner college, accepts the badge and the mapping.
    signIn(p, "quinn");
    browser.open("/studio");
    WebElement request =
        browser.findAll("#co-badge-requests li.co-badge").stream()
            .filter(li -> li.getText().contains(curriculumTitle))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No co-badging request for " + curriculumTitle));
    browser.submit("#" + request.getAttribute("id") + " input[id$=':accept']");
    assertThat(browser.pageText()).contains("your badge now shows on the curriculum");
    browser.leaveBy("#frameworks-link");
    List<WebElement> waiting = browser.findAll("#waiting-mappings li.mapping-proposal");
    int row = -1;
    for (int i = 0; i < waiting.size(); i++) {
      if (waiting.get(i).getText().contains(title)) {
        row = i;
      }
    }
    assertThat(row).as("Eden's mapping waits for Quinn").isNotNegative();
    browser.submit("[id='waiting:rows:" + row + ":accept']");
    assertThat(browser.text("#messages")).contains("Mapping accepted");
    LoginPage.signOut(browser);

    // Lena's module page: who reviewed it, the outcome it meets, both colleges' curriculum.
    signIn(p, "lena");
    browser.open("/modules/" + slug);
    assertThat(browser.text("#reviewed-CLINICAL")).contains(p.name("cleo"));
    assertThat(browser.pageText()).contains("Reviewed with people with lived experience");
    assertThat(browser.text("#mapped-outcomes"))
        .contains("Primary care learning outcomes (demo), 1.0")
        .contains("PC1 Consult with the whole person in view");
    assertThat(browser.text("#used-in")).contains(curriculumTitle).contains(PARTNER);
    browser.open("/curricula/" + curriculum);
    assertThat(browser.text("#framework-coverage")).contains("1 of 6 outcomes covered");

    // In the player, the unit shows the image with its text and cites its source at its foot.
    long enrolment =
        new LearnerApi(ApiSession.signedIn(base, p.email("lena"), PASSWORD)).enrol("module", slug);
    browser.open("/learn/" + enrolment);
    assertThat(browser.find("#unit-body img").getAttribute("alt"))
        .isEqualTo("A review plan with mood, medicines and the next appointment");
    assertThat(browser.text("#unit-sources")).contains(SOURCE).contains("NICE").contains("2009");
    assertThat(
            ApiSession.object(ApiSession.anonymous(base).get("/api/v1/modules/" + slug), 200)
                .toString())
        .contains("PC1");
  }
}
