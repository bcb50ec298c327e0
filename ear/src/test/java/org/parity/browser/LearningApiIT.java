package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Enrolments through the learner's API: pinned to a version until the learner moves, credit kept
 * for unchanged modules, answers from two tabs at once all kept, attempts limited, and the xAPI
 * learning record of it all.
 */
class LearningApiIT extends BrowserTest {

  private static final String PASSWORD = "harbour violet compass 42";

  private String run;
  private String learnerEmail;
  private TestContent content;
  private LearnerApi learner;

  @BeforeEach
  void accounts() throws Exception {
    run = UUID.randomUUID().toString().substring(0, 6);
    String publisher = "learn-pub-" + run + "@example.org";
    learnerEmail = "learn-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(
        publisher, "Pat Publisher", PASSWORD, List.of("EDITOR", "PUBLISHER"), TestContent.COLLEGE);
    accounts.create(learnerEmail, "Lee Learner", PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    content = new TestContent(ApiSession.signedIn(base, publisher, PASSWORD));
    learner = new LearnerApi(ApiSession.signedIn(base, learnerEmail, PASSWORD));
  }

  @Test
  void aLearnerStaysOnTheirVersionUntilTheyMoveAndKeepsCreditForUnchangedModules()
      throws Exception {
    String first = "mood-first-" + run;
    String second = "mood-second-" + run;
    String curriculum = "mood-curriculum-" + run;
    content.publishModule(first, "Mood at the review " + run, 1, 1, 0);
    content.publishModule(second, "Mood and pain " + run, 1, 1, 0);
    content.publishCurriculum(curriculum, "Mood in long-term conditions " + run, first);

    long enrolment = learner.enrol("curriculum", curriculum);
    assertThat(learner.enrol("curriculum", curriculum))
        .as("enrolling again finds it")
        .isEqualTo(enrolment);
    complete(enrolment, 0);

    JsonObject done = learner.player(enrolment);
    assertThat(done.getBoolean("completed")).isTrue();
    assertThat(done.getInt("percent")).isEqualTo(100);
    String certificate = done.getJsonArray("modules").getJsonObject(0).getString("certificateCode");
    assertThat(certificate).hasSize(12);

    content.publishCurriculum(curriculum, "Mood in long-term conditions " + run, first, second);

    JsonObject pinned = learner.player(enrolment);
    assertThat(pinned.getInt("version")).as("still on the version enrolled in").isEqualTo(1);
    assertThat(pinned.getJsonArray("modules")).hasSize(1);
    JsonObject newer = pinned.getJsonObject("newerVersion");
    assertThat(newer.getInt("number")).isEqualTo(2);
    assertThat(strings(newer.getJsonArray("modulesAdded"))).containsExactly("Mood and pain " + run);
    assertThat(strings(newer.getJsonArray("modulesKept")))
        .containsExactly("Mood at the review " + run);

    // In the player the learner sees what changed, and moves with a confirmed click.
    new LoginPage(browser).open().signIn(learnerEmail, PASSWORD);
    browser.open("/learn/" + enrolment);
    assertThat(browser.text("#newer-heading")).isEqualTo("Version 2 is available");
    assertThat(browser.text("#newer-version"))
        .contains("Mood and pain " + run)
        .contains("Mood at the review " + run)
        .contains("you keep your credit for every unchanged module");
    browser.find("[id='move:submit']").click();
    browser.waitFor("[id='confirm:yes']");
    browser.submit("[id='confirm:yes']");
    assertThat(browser.text("#messages")).contains("You are now on version 2.");
    assertThat(browser.text("#enrolment-title")).contains("Version 2");
    assertThat(browser.findAll("#newer-version")).isEmpty();

    JsonObject moved = learner.player(enrolment);
    assertThat(moved.getInt("version")).isEqualTo(2);
    assertThat(absent(moved.get("newerVersion"))).isTrue();
    assertThat(moved.getBoolean("completed")).as("new work reopens it").isFalse();
    JsonObject kept = moved.getJsonArray("modules").getJsonObject(0);
    assertThat(kept.getBoolean("complete")).as("credit kept for the unchanged module").isTrue();
    assertThat(kept.getString("certificateCode")).isEqualTo(certificate);
    assertThat(moved.getJsonArray("modules").getJsonObject(1).getInt("percent")).isZero();
    assertThat(moved.getInt("percent")).isEqualTo(50);
    assertThat(learner.session().post(LearnerApi.at(enrolment, "/move")).statusCode())
        .as("nothing newer to move to")
        .isEqualTo(409);

    complete(enrolment, 1);
    assertThat(learner.player(enrolment).getBoolean("completed")).isTrue();
  }

  @Test
  void answersGivenFromTwoTabsAtOnceAreAllKept() throws Exception {
    String module = "mood-tabs-" + run;
    content.publishModule(module, "Mood, two tabs " + run, 8, 8, 0);
    long enrolment = learner.enrol("module", module);
    long quiz = id(learner.units(enrolment, 0).get(2));
    long attempt = learner.startAttempt(enrolment, quiz);
    List<Long> questions = learner.openQuestions(enrolment, quiz);
    assertThat(questions).hasSize(8);

    // Two tabs of one session answer alternate questions at the same moment.
    ExecutorService tabs = Executors.newFixedThreadPool(2);
    List<Future<List<Integer>>> answered = new ArrayList<>();
    for (int tab = 0; tab < 2; tab++) {
      int offset = tab;
      Callable<List<Integer>> work =
          () -> {
            List<Integer> statuses = new ArrayList<>();
            for (int i = offset; i < questions.size(); i += 2) {
              statuses.add(learner.answer(enrolment, attempt, questions.get(i), 0));
            }
            return statuses;
          };
      answered.add(tabs.submit(work));
    }
    for (Future<List<Integer>> tab : answered) {
      assertThat(tab.get()).containsOnly(204);
    }
    tabs.shutdown();

    JsonObject open =
        learner
            .player(enrolment, quiz)
            .getJsonObject("unit")
            .getJsonObject("quiz")
            .getJsonObject("open");
    assertThat(open.getJsonArray("questions").getValuesAs(JsonObject.class))
        .allSatisfy(q -> assertThat(q.getBoolean("answered")).isTrue());
    JsonObject outcome = learner.submit(enrolment, attempt);
    assertThat(outcome.getInt("score")).isEqualTo(8);
    assertThat(outcome.getBoolean("passed")).isTrue();
  }

  @Test
  void attemptsAreLimitedAsTheModuleSaysAndFeedbackFollowsSubmission() throws Exception {
    String module = "mood-limited-" + run;
    content.publishModule(module, "Mood, two tries " + run, 2, 2, 2);
    long enrolment = learner.enrol("module", module);
    List<JsonObject> units = learner.units(enrolment, 0);
    assertThat(learner.done(enrolment, id(units.get(1))))
        .as("a reflection counts once it is written")
        .isEqualTo(409);
    long quiz = id(units.get(2));
    for (int attemptNumber = 1; attemptNumber <= 2; attemptNumber++) {
      long attempt = learner.startAttempt(enrolment, quiz);
      List<Long> questions = learner.openQuestions(enrolment, quiz);
      JsonObject beforeSubmit =
          learner
              .player(enrolment, quiz)
              .getJsonObject("unit")
              .getJsonObject("quiz")
              .getJsonObject("open");
      assertThat(
              absent(
                  beforeSubmit
                      .getJsonArray("questions")
                      .getJsonObject(0)
                      .getJsonArray("options")
                      .getJsonObject(0)
                      .get("correct")))
          .as("no answer is given away before submission")
          .isTrue();
      learner.answer(enrolment, attempt, questions.get(0), 0);
      learner.answer(enrolment, attempt, questions.get(1), 1);
      JsonObject outcome = learner.submit(enrolment, attempt);
      assertThat(outcome.getInt("score")).isEqualTo(1);
      assertThat(outcome.getBoolean("passed")).isFalse();
      assertThat(learner.answer(enrolment, attempt, questions.get(1), 0))
          .as("a submitted attempt never changes")
          .isEqualTo(409);
    }
    JsonObject quizView =
        learner.player(enrolment, quiz).getJsonObject("unit").getJsonObject("quiz");
    assertThat(quizView.getBoolean("mayStart")).isFalse();
    assertThat(quizView.getJsonArray("history")).hasSize(2);
    JsonObject wrong =
        quizView
            .getJsonObject("lastSubmitted")
            .getJsonArray("questions")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(q -> !q.getBoolean("correct"))
            .findFirst()
            .orElseThrow();
    assertThat(wrong.getJsonArray("options").getValuesAs(JsonObject.class))
        .anySatisfy(o -> assertThat(o.getString("feedback")).startsWith("Not so"));
    assertThat(
            learner
                .session()
                .post(LearnerApi.at(enrolment, "/units/" + quiz + "/attempts"))
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  void enrolmentsAreTheLearnersOwnAndTheLearningRecordIsXapi() throws Exception {
    String module = "mood-record-" + run;
    content.publishModule(module, "Mood, recorded " + run, 1, 1, 0);
    long enrolment = learner.enrol("module", module);
    complete(enrolment, 0);

    ApiSession anonymous = ApiSession.anonymous(base);
    assertThat(anonymous.get(LearnerApi.at(enrolment, "")).statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/api/v1/me/statements").statusCode()).isEqualTo(401);
    String other = "learn-other-" + run + "@example.org";
    new TestAccounts(browser)
        .create(other, "Oli Other", PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    ApiSession someoneElse = ApiSession.signedIn(base, other, PASSWORD);
    assertThat(someoneElse.get(LearnerApi.at(enrolment, "")).statusCode()).isEqualTo(403);
    assertThat(someoneElse.post(LearnerApi.at(enrolment, "/move")).statusCode()).isEqualTo(403);
    assertThat(LearnerApi.json(someoneElse.get("/api/v1/me/statements")).getJsonArray("statements"))
        .isEmpty();

    List<JsonObject> statements =
        LearnerApi.json(learner.session().get("/api/v1/me/statements"))
            .getJsonArray("statements")
            .getValuesAs(JsonObject.class);
    assertThat(statements)
        .extracting(s -> s.getJsonObject("verb").getString("id"))
        .contains(
            "http://adlnet.gov/expapi/verbs/launched",
            "http://adlnet.gov/expapi/verbs/experienced",
            "http://adlnet.gov/expapi/verbs/answered",
            "http://adlnet.gov/expapi/verbs/passed",
            "http://adlnet.gov/expapi/verbs/completed");
    assertThat(statements)
        .allSatisfy(
            s -> {
              assertThat(s.getString("version")).isEqualTo("1.0.3");
              assertThat(UUID.fromString(s.getString("id"))).isNotNull();
              assertThat(s.getJsonObject("actor").getJsonObject("account").getString("name"))
                  .startsWith("account-");
              assertThat(s.getJsonObject("object").getString("id"))
                  .contains("/modules/" + module + "/v1");
              assertThat(s.getJsonObject("context").getString("registration"))
                  .isEqualTo(statements.get(0).getJsonObject("context").getString("registration"));
            });
    JsonObject passed =
        statements.stream()
            .filter(s -> s.getJsonObject("verb").getString("id").endsWith("/passed"))
            .findFirst()
            .orElseThrow();
    assertThat(passed.getJsonObject("result").getJsonObject("score").getInt("raw")).isEqualTo(1);
    assertThat(passed.getJsonObject("object").getString("id"))
        .endsWith("/modules/" + module + "/v1/units/3");
  }

  private void complete(long enrolment, int module) throws Exception {
    JsonObject outcome = learner.workThrough(enrolment, module, 0);
    assertThat(outcome.getBoolean("passed")).as(outcome.toString()).isTrue();
    assertThat(outcome.getBoolean("moduleCompleted")).isTrue();
  }

  private static long id(JsonObject object) {
    return LearnerApi.id(object);
  }

  /** JSON-B leaves out null properties; either way the value is not there. */
  private static boolean absent(JsonValue value) {
    return value == null || value == JsonValue.NULL;
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
