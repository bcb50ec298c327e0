package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;
import org.parity.browser.pages.ThreadPage;

/**
 * Clinical safety in discussions: a flag for unsafe clinical advice or patient-identifiable
 * information puts the post under clinical review; the network's clinical reviewers (members its
 * facilitators appoint) or facilitators answer within the network's time, and the answer shows on
 * the post. Everyone else is refused by the services.
 */
class ClinicalSafetyIT extends BrowserTest {

  private static final String PASSWORD = "heron lantern quartz 27";

  /** Fay facilitates an open network that Ana, Ben and Cal join; Gil facilitates another. */
  private record People(
      String run,
      String network,
      ApiSession fay,
      ApiSession ana,
      ApiSession ben,
      ApiSession cal,
      ApiSession gil) {

    String email(String who) {
      return who + "-clin-" + run + "@example.org";
    }
  }

  private People people() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    TestAccounts accounts = new TestAccounts(browser);
    // Fay, who facilitates, takes part as a person with lived experience.
    Map<String, String> professions =
        Map.of(
            "fay", "Lived experience",
            "ana", "GP",
            "ben", "Mental health nurse",
            "cal", "Pharmacist",
            "gil", "GP");
    for (String who : List.of("fay", "ana", "ben", "cal", "gil")) {
      accounts.create(
          who + "-clin-" + run + "@example.org",
          Character.toUpperCase(who.charAt(0)) + who.substring(1) + " Clin" + run,
          professions.get(who),
          PASSWORD,
          List.of("LEARNER"),
          TestContent.COLLEGE);
    }
    TestNetworks networks = TestNetworks.asAdministrator(base);
    networks.create("clin-" + run, true, "fay-clin-" + run + "@example.org");
    networks.create("clin-other-" + run, true, "gil-clin-" + run + "@example.org");
    People people =
        new People(
            run,
            "/api/v1/networks/clin-" + run,
            session("fay", run),
            session("ana", run),
            session("ben", run),
            session("cal", run),
            session("gil", run));
    for (ApiSession member : List.of(people.ana(), people.ben(), people.cal())) {
      assertThat(member.post(people.network() + "/join").body()).contains("ACTIVE");
    }
    return people;
  }

  private ApiSession session(String who, String run) throws Exception {
    return ApiSession.signedIn(base, who + "-clin-" + run + "@example.org", PASSWORD);
  }

  /** Ana asks; Ben answers with advice a clinician would not give. Answers the thread's path. */
  private static String conversation(People p) throws Exception {
    long category = p.ana().firstForumCategory(p.network());
    HttpResponse<String> created =
        p.ana()
            .postJson(
                p.network() + "/threads",
                "{\"category\":"
                    + category
                    + ",\"title\":\"Breakthrough pain "
                    + p.run()
                    + "\",\"body\":\"Mr A (Bed 4, 71) still has pain on his usual dose.\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String thread = p.network() + "/threads/" + LearnerApi.json(created).getJsonNumber("id");
    assertThat(
            p.ben()
                .postJson(
                    thread + "/posts",
                    "{\"body\":\"Just double the morphine dose until the pain goes.\"}")
                .statusCode())
        .isEqualTo(201);
    return thread;
  }

  private static JsonObject post(ApiSession reader, String thread, int number) throws Exception {
    return LearnerApi.json(reader.get(thread))
        .getJsonArray("posts")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> p.getInt("number") == number)
        .findFirst()
        .orElseThrow();
  }

  private static long membershipOf(JsonObject queue, String name) {
    return queue.getJsonArray("members").getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not among " + queue.get("members")))
        .getJsonNumber("membershipId")
        .longValue();
  }

  @Test
  void clinicalFlagsGoToTheNetworksClinicalReviewersAndNobodyElseAnswersThem() throws Exception {
    People p = people();
    String thread = conversation(p);
    String reviews = p.network() + "/clinical-reviews";

    // Ana reports unsafe advice: no words needed for that kind; "something else" needs them.
    assertThat(p.ana().postJson(thread + "/posts/2/flags", "{\"kind\":\"OTHER\"}").statusCode())
        .isEqualTo(400);
    assertThat(p.ana().postJson(thread + "/posts/2/flags", "{\"kind\":\"SOON\"}").statusCode())
        .isEqualTo(400);
    Instant flagged = Instant.now();
    assertThat(
            p.ana()
                .postJson(thread + "/posts/2/flags", "{\"kind\":\"UNSAFE_ADVICE\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(post(p.cal(), thread, 2).getString("clinicalReview")).isEqualTo("UNDER_REVIEW");
    assertThat(LearnerApi.json(p.fay().get(p.network() + "/moderation")).getJsonArray("flagged"))
        .as("the facilitators' general queue leaves it to the clinical queue")
        .isEmpty();

    // Only the network's clinical reviewers and facilitators read the queue.
    assertThat(p.cal().get(reviews).statusCode()).isEqualTo(403);
    assertThat(p.gil().get(reviews).statusCode()).isEqualTo(403);
    assertThat(ApiSession.anonymous(base).get(reviews).statusCode()).isEqualTo(401);
    JsonObject queue = LearnerApi.json(p.fay().get(reviews));
    JsonObject open = queue.getJsonArray("open").getJsonObject(0);
    long review = open.getJsonNumber("id").longValue();
    assertThat(open.getInt("number")).isEqualTo(2);
    assertThat(open.getJsonArray("flags").getJsonObject(0).getString("kind"))
        .isEqualTo("UNSAFE_ADVICE");
    Duration due = Duration.between(flagged, Instant.parse(open.getString("dueAt")));
    assertThat(due).isBetween(Duration.ofHours(23), Duration.ofHours(25));
    assertThat(open.getBoolean("overdue")).isFalse();

    // Cal may not answer until Fay appoints him; a member cannot appoint, nor can a reviewer.
    String answer = reviews + "/" + review;
    assertThat(p.cal().postJson(answer, "{\"outcome\":\"FINE\"}").statusCode()).isEqualTo(403);
    long cal = membershipOf(queue, "Cal Clin" + p.run());
    long ben = membershipOf(queue, "Ben Clin" + p.run());
    assertThat(p.ben().putJson(reviews + "/reviewers/" + cal, "{}").statusCode()).isEqualTo(403);
    assertThat(
            p.gil()
                .putJson(
                    "/api/v1/networks/clin-other-" + p.run() + "/clinical-reviews/reviewers/" + cal,
                    "{}")
                .statusCode())
        .as("another network's facilitator, through their own network")
        .isEqualTo(403);
    assertThat(p.fay().putJson(reviews + "/reviewers/" + cal, "{}").statusCode()).isEqualTo(204);
    assertThat(p.fay().putJson(reviews + "/reviewers/" + ben, "{}").statusCode()).isEqualTo(204);
    assertThat(p.cal().get(reviews).statusCode()).isEqualTo(200);
    assertThat(p.cal().putJson(reviews + "/reviewers/" + cal, "{}").statusCode()).isEqualTo(403);

    // Ben reviews clinically, but never his own post; Gil cannot reach it through his network.
    HttpResponse<String> own = p.ben().postJson(answer, "{\"outcome\":\"FINE\"}");
    assertThat(own.statusCode()).isEqualTo(409);
    assertThat(own.body()).contains("clinical.error.ownPost");
    assertThat(
            p.gil()
                .postJson(
                    "/api/v1/networks/clin-other-" + p.run() + "/clinical-reviews/" + review,
                    "{\"outcome\":\"FINE\"}")
                .statusCode())
        .isEqualTo(403);

    // Cal corrects it: a correction needs its words; then it shows under the post, once.
    HttpResponse<String> bare = p.cal().postJson(answer, "{\"outcome\":\"CORRECTED\"}");
    assertThat(bare.statusCode()).isEqualTo(400);
    assertThat(bare.body()).contains("clinical.note.required");
    assertThat(p.cal().postJson(answer, "{\"outcome\":\"MAYBE\"}").statusCode()).isEqualTo(400);
    assertThat(post(p.cal(), thread, 2).getString("clinicalReview"))
        .as("refused answers change nothing")
        .isEqualTo("UNDER_REVIEW");
    assertThat(
            p.cal()
                .postJson(
                    answer,
                    "{\"outcome\":\"CORRECTED\",\"note\":\"Do not double an opioid dose; review"
                        + " with the prescriber and the palliative care team.\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(p.fay().postJson(answer, "{\"outcome\":\"FINE\"}").statusCode()).isEqualTo(409);
    JsonObject corrected = post(p.ana(), thread, 2);
    assertThat(corrected.getString("clinicalReview")).isEqualTo("CORRECTED");
    assertThat(corrected.getString("clinicalNote")).startsWith("Do not double an opioid dose");
    JsonObject after = LearnerApi.json(p.fay().get(reviews));
    assertThat(after.getJsonArray("open")).isEmpty();
    assertThat(after.getJsonArray("answered").getJsonObject(0).getString("reviewer"))
        .isEqualTo("Cal Clin" + p.run());
    assertThat(p.fay().get(p.network() + "/moderation").body())
        .contains("CLINICAL_REVIEW")
        .contains("APPOINT_REVIEWER");

    // Patient-identifiable information: Fay, a facilitator, hides the post.
    assertThat(
            p.cal()
                .postJson(
                    thread + "/posts/1/flags",
                    "{\"kind\":\"IDENTIFIABLE_INFORMATION\",\"reason\":\"Bed number and age\"}")
                .statusCode())
        .isEqualTo(201);
    long second =
        LearnerApi.json(p.fay().get(reviews))
            .getJsonArray("open")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertThat(p.fay().postJson(reviews + "/" + second, "{\"outcome\":\"HIDDEN\"}").statusCode())
        .isEqualTo(204);
    JsonObject hidden = post(p.ben(), thread, 1);
    assertThat(hidden.getBoolean("hidden")).isTrue();
    assertThat(hidden.getString("html")).isEmpty();

    // Stood down, Cal no longer reads the queue.
    assertThat(p.fay().delete(reviews + "/reviewers/" + cal).statusCode()).isEqualTo(204);
    assertThat(p.cal().get(reviews).statusCode()).isEqualTo(403);
  }

  @Test
  void aMemberFlagsUnsafeAdviceAndTheClinicalReviewerTheFacilitatorAppointedCorrectsIt()
      throws Exception {
    People p = people();
    String thread = conversation(p).replace("/api/v1", "");
    String network = "/networks/clin-" + p.run();

    // Ana flags Ben's advice as unsafe; the post says it is under clinical review.
    new LoginPage(browser).open().signIn(p.email("ana"), PASSWORD);
    ThreadPage ana = new ThreadPage(browser).open(thread);
    ana.unfoldFlag().flag("Unsafe clinical advice", "");
    assertThat(browser.text("#messages")).contains("Thank you");
    assertThat(browser.text("#latest .clinical-badge")).isEqualTo("Under clinical review");
    assertThat(browser.text("#latest .meta"))
        .as("each author's profession beside their name")
        .contains("Ben Clin" + p.run() + " · Mental health nurse");

    // Fay finds it in the clinical-safety queue, sets the time to answer, and appoints Cal.
    try (Browser fay = new Browser(base)) {
      new LoginPage(fay).open().signIn(p.email("fay"), PASSWORD);
      fay.open(thread);
      assertThat(fay.text("#latest .meta"))
          .as("a facilitator's view of the posts names professions too")
          .contains("Ben Clin" + p.run() + " · Mental health nurse");
      fay.open(network);
      fay.submit("#clinical-safety-link");
      assertThat(fay.text("#open-reviews")).contains("double the morphine").contains("Answer by");
      assertThat(fay.text("#no-reviewers")).contains("the facilitators answer");
      fay.type("[id='time:hours']", "0");
      fay.submit("[id='time:save']");
      assertThat(fay.fieldError("time:hours")).contains("from 1 to 168");
      fay.type("[id='time:hours']", "12");
      fay.submit("[id='time:save']");
      assertThat(fay.text("#clinical-intro")).contains("within 12 hours");
      fay.submit("[id='appoint:appoint']");
      assertThat(fay.fieldError("appoint:member")).isEqualTo("Choose a member");
      // Each member is offered with their profession beside their name.
      new Select(fay.find("[id='appoint:member']"))
          .getOptions().stream()
              .filter(o -> o.getText().startsWith("Cal Clin" + p.run()))
              .findFirst()
              .orElseThrow()
              .click();
      fay.submit("[id='appoint:appoint']");
      assertThat(fay.text("#messages")).contains("now a clinical reviewer");
      assertThat(fay.text("#reviewers")).contains("Cal Clin" + p.run());
    }

    // Cal answers: a correction without its words is refused beside the field, then recorded.
    try (Browser cal = new Browser(base)) {
      new LoginPage(cal).open().signIn(p.email("cal"), PASSWORD);
      cal.open(network);
      assertThat(cal.text("#members"))
          .as("lived experience is a place to speak from, like a profession")
          .contains("Lived experience");
      cal.submit("#clinical-safety-link");
      cal.find("input[value='CORRECTED']").click();
      cal.submit("[id$='answer:record']");
      assertThat(cal.fieldError(cal.find("textarea[id$='answer:note']").getAttribute("id")))
          .contains("Write the correction");
      cal.find("input[value='CORRECTED']").click();
      cal.type(
          "textarea[id$='answer:note']",
          "Do not double an opioid dose: review it with the prescriber.");
      cal.submit("[id$='answer:record']");
      assertThat(cal.text("#messages")).contains("The review is recorded");
      assertThat(cal.text("#no-reviews")).contains("Nothing is waiting");
      assertThat(cal.text("#answered-table"))
          .contains("Needs a correction")
          .contains("Cal Clin" + p.run());
    }

    // Anyone reading the thread sees the correction under Ben's post.
    try (Browser visitor = new Browser(base)) {
      visitor.open(thread);
      assertThat(visitor.text("#latest .clinical-note"))
          .contains("Correction after clinical review:")
          .contains("review it with the prescriber");
      assertThat(visitor.findAll("#latest .clinical-badge")).isEmpty();
    }
  }
}
