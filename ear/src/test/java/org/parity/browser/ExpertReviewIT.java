package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Review steps a publisher chooses: clinical review, then lived-experience review, then approval by
 * a PUBLISHER who neither wrote nor reviewed the version. Only people the publisher invited review,
 * in that order, once each; the learner's module page says who reviewed it and when.
 */
class ExpertReviewIT extends BrowserTest {

  private static final String PASSWORD = "copper meadow violin 41";
  private static final String TRUST = "Northfield Mental Health NHS Foundation Trust (demo)";

  /**
   * A college of its own (so its review steps touch no other test): Eden edits; Pat and Pia are its
   * PUBLISHERs; Cleo is a clinician of the college with no studio role; Lee, a person with lived
   * experience from a trust; Oscar reviews clinically for the demo college, where Dora publishes.
   */
  private record People(String run, String college, String collegeSlug) {

    String email(String who) {
      return who + "-review-" + run + "@example.org";
    }

    String name(String who) {
      return Character.toUpperCase(who.charAt(0)) + who.substring(1) + " Reviewer" + run;
    }
  }

  private People people() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String college = "Review College " + run;
    TestAccounts accounts = new TestAccounts(browser);
    accounts.addOrganisation(college, "Royal college");
    People p = new People(run, college, "review-college-" + run);
    String[][] who = {
      {"eden", "EDITOR", college},
      {"pat", "EDITOR,PUBLISHER", college},
      {"pia", "PUBLISHER", college},
      {"cleo", "LEARNER", college},
      {"lee", "LEARNER", TRUST},
      {"oscar", "LEARNER", TestContent.COLLEGE},
      {"dora", "PUBLISHER", TestContent.COLLEGE}
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

  private ApiSession session(People p, String who) throws Exception {
    return ApiSession.signedIn(base, p.email(who), PASSWORD);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return ApiSession.object(response, 200);
  }

  private static JsonArray array(HttpResponse<String> response) {
    return ApiSession.array(response);
  }

  private static String steps(boolean moduleClinical, boolean moduleLived) {
    return steps(moduleClinical, moduleLived, false);
  }

  private static String steps(boolean moduleClinical, boolean moduleLived, boolean curriculum) {
    return Json.createObjectBuilder()
        .add("moduleClinical", moduleClinical)
        .add("moduleLivedExperience", moduleLived)
        .add("curriculumClinical", curriculum)
        .add("curriculumLivedExperience", false)
        .build()
        .toString();
  }

  private static String invitation(String email, String kind) {
    return Json.createObjectBuilder().add("email", email).add("kind", kind).build().toString();
  }

  private static String review(String kind, String... confirmed) {
    return Json.createObjectBuilder()
        .add("kind", kind)
        .add("confirmed", Json.createArrayBuilder(List.of(confirmed)))
        .add("comment", "Read it through.")
        .build()
        .toString();
  }

  private static final String[] CLINICAL_ALL = {
    "ACCURATE", "CURRENT", "SAFETY_NETTED", "NICE_NOT_APPLICABLE"
  };

  @Test
  void onlyInvitedReviewersReviewInOrderAndTheApproverReviewedNothing() throws Exception {
    People p = people();
    ApiSession eden = session(p, "eden");
    ApiSession pat = session(p, "pat");
    ApiSession pia = session(p, "pia");
    ApiSession lee = session(p, "lee");
    ApiSession oscar = session(p, "oscar");
    long college = pat.publisherId(p.college());

    // Only the college's PUBLISHERs choose its steps and invite; bad addresses are refused.
    String stepsAt = "/api/v1/publishers/" + college + "/review-steps";
    assertThat(eden.putJson(stepsAt, steps(true, true)).statusCode()).isEqualTo(403);
    assertThat(pat.putJson(stepsAt, steps(true, true)).statusCode()).isEqualTo(204);
    String inviteAt = "/api/v1/publishers/" + college + "/reviewers";
    assertThat(eden.postJson(inviteAt, invitation(p.email("cleo"), "CLINICAL")).statusCode())
        .isEqualTo(403);
    HttpResponse<String> bad = pat.postJson(inviteAt, invitation("not an address", "CLINICAL"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("expertReview.emailInvalid");
    for (String[] invited : new String[][] {{"pat", "CLINICAL"}, {"eden", "CLINICAL"}}) {
      assertThat(pat.postJson(inviteAt, invitation(p.email(invited[0]), invited[1])).statusCode())
          .isEqualTo(204);
    }
    assertThat(pat.postJson(inviteAt, invitation(p.email("lee"), "LIVED_EXPERIENCE")).statusCode())
        .isEqualTo(204);
    assertThat(pat.postJson(inviteAt, invitation(p.email("lee"), "LIVED_EXPERIENCE")).body())
        .contains("expertReview.alreadyInvited");
    // Oscar reviews clinically for the demo college, not for this one.
    ApiSession dora = session(p, "dora");
    long demoCollege = dora.publisherId(TestContent.COLLEGE);
    assertThat(
            dora.postJson(
                    "/api/v1/publishers/" + demoCollege + "/reviewers",
                    invitation(p.email("oscar"), "CLINICAL"))
                .statusCode())
        .isEqualTo(204);

    long version =
        new TestContent(eden, p.collegeSlug())
            .submitModule("reviewed-" + p.run(), "Reviewed " + p.run());
    String reviewsAt = "/api/v1/module-versions/" + version + "/expert-reviews";
    String publishAt = "/api/v1/module-versions/" + version + "/publish";

    // Out of order, uninvited, the author, an incomplete checklist: all refused, nothing recorded.
    HttpResponse<String> early =
        lee.postJson(
            reviewsAt, review("LIVED_EXPERIENCE", "RESPECTFUL_LANGUAGE", "REFLECTS_EXPERIENCE"));
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body()).contains("expertReview.refusal.order.CLINICAL");
    assertThat(oscar.postJson(reviewsAt, review("CLINICAL", CLINICAL_ALL)).statusCode())
        .as("a clinical reviewer of another publisher")
        .isEqualTo(403);
    HttpResponse<String> own = eden.postJson(reviewsAt, review("CLINICAL", CLINICAL_ALL));
    assertThat(own.statusCode()).isEqualTo(409);
    assertThat(own.body()).contains("expertReview.refusal.ownWork");
    HttpResponse<String> partial =
        pat.postJson(reviewsAt, review("CLINICAL", "ACCURATE", "CURRENT", "SAFETY_NETTED"));
    assertThat(partial.statusCode()).isEqualTo(400);
    assertThat(partial.body()).contains("expertReview.checklistIncomplete.CLINICAL");
    HttpResponse<String> notYet = pia.post(publishAt);
    assertThat(notYet.statusCode()).isEqualTo(409);
    assertThat(notYet.body()).contains("expertReview.refusal.outstanding.CLINICAL");
    assertThat(array(pat.get("/api/v1/expert-reviews/waiting")).getJsonObject(0).getString("kind"))
        .isEqualTo("CLINICAL");
    assertThat(array(lee.get("/api/v1/expert-reviews/waiting"))).as("not Lee's turn yet").isEmpty();

    // Pat reviews clinically, once; then it is Lee's turn, and nobody may approve before Lee.
    assertThat(pat.postJson(reviewsAt, review("CLINICAL", CLINICAL_ALL)).statusCode())
        .isEqualTo(204);
    assertThat(pat.postJson(reviewsAt, review("CLINICAL", CLINICAL_ALL)).body())
        .contains("expertReview.refusal.done");
    assertThat(pia.post(publishAt).body())
        .contains("expertReview.refusal.outstanding.LIVED_EXPERIENCE");
    assertThat(
            array(lee.get("/api/v1/expert-reviews/waiting"))
                .getJsonObject(0)
                .getJsonNumber("versionId")
                .longValue())
        .isEqualTo(version);
    assertThat(
            lee.postJson(
                    reviewsAt,
                    review("LIVED_EXPERIENCE", "RESPECTFUL_LANGUAGE", "REFLECTS_EXPERIENCE"))
                .statusCode())
        .isEqualTo(204);

    // Pat reviewed it, so Pat may not approve it; Pia, who did neither, does.
    HttpResponse<String> reviewer = pat.post(publishAt);
    assertThat(reviewer.statusCode()).isEqualTo(409);
    assertThat(reviewer.body()).contains("expertReview.refusal.reviewerApproves");
    assertThat(eden.post(publishAt).statusCode()).as("an editor approves nothing").isEqualTo(403);
    assertThat(pia.post(publishAt).statusCode()).isEqualTo(204);

    JsonObject reading = json(eden.get(reviewsAt));
    assertThat(reading.getString("status")).isEqualTo("PUBLISHED");
    JsonArray done = reading.getJsonArray("steps");
    assertThat(done.getJsonObject(0).getString("reviewer")).isEqualTo(p.name("pat"));
    assertThat(done.getJsonObject(0).getJsonArray("confirmed").toString())
        .contains("SAFETY_NETTED");
    assertThat(done.getJsonObject(1).getString("reviewer")).isEqualTo(p.name("lee"));
    assertThat(oscar.get(reviewsAt).statusCode()).as("nobody else reads it").isEqualTo(403);
    JsonObject page = json(ApiSession.anonymous(base).get("/api/v1/modules/reviewed-" + p.run()));
    assertThat(page.getJsonArray("reviews").getJsonObject(0).getString("reviewer"))
        .isEqualTo(p.name("pat"));

    // Curricula have their own steps: here a clinical review only, then approval.
    assertThat(pat.putJson(stepsAt, steps(true, true, true)).statusCode()).isEqualTo(204);
    String curriculumSlug = "reviewed-path-" + p.run();
    long curriculum =
        new TestContent(eden, p.collegeSlug())
            .submitCurriculum(curriculumSlug, "Reviewed path " + p.run(), "reviewed-" + p.run());
    String curriculumAt = "/api/v1/curriculum-versions/" + curriculum;
    assertThat(pia.post(curriculumAt + "/publish").body())
        .contains("expertReview.refusal.outstanding.CLINICAL");
    assertThat(
            lee.postJson(
                    curriculumAt + "/expert-reviews",
                    review("LIVED_EXPERIENCE", "RESPECTFUL_LANGUAGE", "REFLECTS_EXPERIENCE"))
                .body())
        .as("this publisher asks no lived-experience review of curricula")
        .contains("expertReview.refusal.notRequired");
    assertThat(
            pat.postJson(curriculumAt + "/expert-reviews", review("CLINICAL", CLINICAL_ALL))
                .statusCode())
        .isEqualTo(204);
    assertThat(pia.post(curriculumAt + "/publish").statusCode()).isEqualTo(204);
    JsonObject path = json(ApiSession.anonymous(base).get("/api/v1/curricula/" + curriculumSlug));
    assertThat(path.getJsonArray("reviews")).hasSize(1);
    assertThat(path.getJsonArray("reviews").getJsonObject(0).getString("kind"))
        .isEqualTo("CLINICAL");
  }

  @Test
  void aReviewerSendsAVersionBackAndItsNextSubmissionIsReviewedAfresh() throws Exception {
    People p = people();
    ApiSession eden = session(p, "eden");
    ApiSession pat = session(p, "pat");
    ApiSession lee = session(p, "lee");
    long college = pat.publisherId(p.college());
    assertThat(
            pat.putJson("/api/v1/publishers/" + college + "/review-steps", steps(true, true))
                .statusCode())
        .isEqualTo(204);
    String inviteAt = "/api/v1/publishers/" + college + "/reviewers";
    assertThat(pat.postJson(inviteAt, invitation(p.email("pat"), "CLINICAL")).statusCode())
        .isEqualTo(204);
    assertThat(pat.postJson(inviteAt, invitation(p.email("lee"), "LIVED_EXPERIENCE")).statusCode())
        .isEqualTo(204);
    long version =
        new TestContent(eden, p.collegeSlug())
            .submitModule("sent-back-" + p.run(), "Sent back " + p.run());
    String reviewsAt = "/api/v1/module-versions/" + version + "/expert-reviews";
    assertThat(pat.postJson(reviewsAt, review("CLINICAL", CLINICAL_ALL)).statusCode())
        .isEqualTo(204);

    // Lee asks for changes: a comment is required; the version goes back to Eden.
    String sendBack = reviewsAt + "/send-back";
    assertThat(pat.postJson(sendBack, "{\"comment\": \"Not my turn\"}").statusCode())
        .as("the clinical review is done: it is Lee's turn")
        .isEqualTo(403);
    HttpResponse<String> silent = lee.postJson(sendBack, "{\"comment\": \" \"}");
    assertThat(silent.statusCode()).isEqualTo(400);
    assertThat(silent.body()).contains("studio.commentRequired");
    assertThat(
            lee.postJson(sendBack, "{\"comment\": \"Say 'person', not 'sufferer'.\"}").statusCode())
        .isEqualTo(204);
    JsonObject back = json(eden.get(reviewsAt));
    assertThat(back.getString("status")).isEqualTo("DRAFT");
    assertThat(back.getJsonArray("steps").getJsonObject(0).getBoolean("done"))
        .as("the earlier clinical review no longer counts")
        .isFalse();

    // Resubmitted: the clinical review comes first again.
    assertThat(eden.post("/api/v1/module-versions/" + version + "/submit").statusCode())
        .isEqualTo(204);
    assertThat(
            array(pat.get("/api/v1/expert-reviews/waiting")).stream()
                .map(JsonObject.class::cast)
                .anyMatch(
                    t ->
                        t.getJsonNumber("versionId").longValue() == version
                            && t.getString("kind").equals("CLINICAL")))
        .isTrue();
    assertThat(
            lee.postJson(
                    reviewsAt,
                    review("LIVED_EXPERIENCE", "RESPECTFUL_LANGUAGE", "REFLECTS_EXPERIENCE"))
                .body())
        .contains("expertReview.refusal.order.CLINICAL");
  }

  @Test
  void aClinicianAndAPersonWithLivedExperienceReviewInTheBrowserAndLearnersSeeIt()
      throws Exception {
    People p = people();
    ApiSession eden = session(p, "eden");
    String slug = "journey-" + p.run();
    String title = "Journey " + p.run();

    // Pat chooses the steps and invites the reviewers on the studio desk.
    new LoginPage(browser).open().signIn(p.email("pat"), PASSWORD);
    browser.open("/studio");
    String row = "[id='review-steps:publishers:0:";
    browser.find(row + "moduleClinical']").click();
    browser.find(row + "moduleLived']").click();
    browser.submit(row + "saveSteps']");
    assertThat(browser.text("#messages")).contains("Saved");
    // The browser lets "cleo@college" through; Parity wants a domain with a dot.
    browser.type(row + "reviewerEmail']", "cleo@college");
    browser.choose(row + "reviewerKind']", "Clinical review");
    browser.submit(row + "invite']");
    assertThat(browser.fieldError("review-steps:publishers:0:reviewerEmail"))
        .contains("Enter an e-mail address");
    browser.type(row + "reviewerEmail']", p.email("cleo"));
    browser.choose(row + "reviewerKind']", "Clinical review");
    browser.submit(row + "invite']");
    assertThat(browser.text("#messages")).contains("Invited");
    browser.type(row + "reviewerEmail']", p.email("lee"));
    browser.choose(row + "reviewerKind']", "Lived-experience review");
    browser.submit(row + "invite']");
    assertThat(browser.text("[id='review-steps']"))
        .contains(p.email("cleo"))
        .contains(p.email("lee"));
    assertThat(browser.find(row + "moduleClinical']").isSelected()).isTrue();
    LoginPage.signOut(browser);

    // Eden submits; Cleo is told by mail, with a link to the review.
    long version = new TestContent(eden, p.collegeSlug()).submitModule(slug, title);
    TestAccounts accounts = new TestAccounts(browser);
    accounts.signInAsAdministrator();
    assertThat(accounts.outboxLink(p.email("cleo"))).endsWith("/review?module=" + version);
    LoginPage.signOut(browser);

    // Cleo reviews: an incomplete checklist is refused beside it; the whole one is recorded.
    new LoginPage(browser).open().signIn(p.email("cleo"), PASSWORD);
    browser.open("/reviews");
    assertThat(browser.text("#waiting")).contains(title).contains("Clinical review");
    browser.submit("#waiting a");
    assertThat(browser.text("#review-content")).contains("Why mood matters");
    browser.find("[id='decide:checklist:0']").click();
    browser.find("[id='decide:checklist:1']").click();
    browser.submit("[id='decide:record']");
    assertThat(browser.fieldError("decide:checklist")).contains("Confirm every item");
    tick("[id='decide:checklist:0']");
    tick("[id='decide:checklist:1']");
    tick("[id='decide:checklist:2']");
    tick("[id='decide:nice:1']");
    browser.type("[id='decide:comment']", "Accurate and well safety-netted.");
    browser.submit("[id='decide:record']");
    assertThat(browser.path()).isEqualTo("/reviews");
    assertThat(browser.text("#messages")).contains("Your review is recorded");
    assertThat(browser.text("#nothing-waiting")).contains("Nothing is waiting");
    LoginPage.signOut(browser);

    // Lee, from a trust, reviews with lived experience.
    new LoginPage(browser).open().signIn(p.email("lee"), PASSWORD);
    browser.open("/reviews");
    browser.submit("#waiting a");
    assertThat(browser.text("#step-CLINICAL")).contains(p.name("cleo"));
    tick("[id='decide:checklist:0']");
    tick("[id='decide:checklist:1']");
    browser.submit("[id='decide:record']");
    assertThat(browser.text("#messages")).contains("Your review is recorded");
    LoginPage.signOut(browser);

    // Pat, who reviewed nothing, approves in the studio, where both reviews show.
    new LoginPage(browser).open().signIn(p.email("pat"), PASSWORD);
    browser.open("/studio/module?v=" + version);
    assertThat(browser.text("#review-step-list"))
        .contains(p.name("cleo"))
        .contains("Accurate and well safety-netted.")
        .contains(p.name("lee"));
    browser.submit("[id='review:publish']");
    assertThat(browser.text("#messages")).contains("Published");
    LoginPage.signOut(browser);

    // The learner's module page says who reviewed it clinically, and that people with lived
    // experience did.
    browser.open("/modules/" + slug);
    assertThat(browser.text("#reviewed-CLINICAL")).contains(p.name("cleo"));
    assertThat(browser.pageText())
        .contains("Clinically reviewed by")
        .contains("Reviewed with people with lived experience");
    assertThat(browser.text("#reviewed-LIVED_EXPERIENCE")).doesNotContain(p.name("lee"));
  }

  private void tick(String css) {
    if (!browser.find(css).isSelected()) {
      browser.find(css).click();
    }
  }
}
