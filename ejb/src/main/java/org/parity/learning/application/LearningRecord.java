package org.parity.learning.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.Unit;
import org.parity.learning.domain.Enrolment;
import org.parity.learning.domain.LearningStatement;
import org.parity.learning.infrastructure.Enrolments;
import org.parity.platform.Configuration;

/**
 * Writes the learning record: one xAPI 1.0.3 statement per learning event, in the caller's
 * transaction, with activity ids made from the installation's address and what a published version
 * never changes (slug, version number, unit position), so they stay stable.
 */
@Dependent
public class LearningRecord {

  static final String VERBS = "http://adlnet.gov/expapi/verbs/";
  static final String ACTIVITY_TYPES = "http://adlnet.gov/expapi/activities/";

  @Inject Enrolments enrolments;
  @Inject Configuration configuration;
  @Inject Clock clock;
  @Inject Event<StatementRecorded> recorded;

  public void launched(Enrolment enrolment) {
    record(enrolment, "launched", enrolmentActivity(enrolment), null);
  }

  public void experienced(Enrolment enrolment, ModuleVersion module, Unit unit) {
    record(enrolment, "experienced", unitActivity(module, unit), null);
  }

  public void answered(
      Enrolment enrolment, ModuleVersion module, String questionKey, String text, boolean correct) {
    JsonObject activity =
        activity(
            moduleId(module) + "/questions/" + questionKey,
            text,
            ACTIVITY_TYPES + "cmi.interaction");
    record(enrolment, "answered", activity, Json.createObjectBuilder().add("success", correct));
  }

  public void quizResult(
      Enrolment enrolment, ModuleVersion module, Unit quiz, int score, int total, boolean passed) {
    JsonObjectBuilder result =
        Json.createObjectBuilder()
            .add(
                "score",
                Json.createObjectBuilder()
                    .add("raw", score)
                    .add("min", 0)
                    .add("max", total)
                    .add("scaled", total == 0 ? 0.0 : (double) score / total))
            .add("success", passed)
            .add("completion", true);
    record(enrolment, passed ? "passed" : "failed", unitActivity(module, quiz), result);
  }

  public void completedModule(Enrolment enrolment, ModuleVersion module) {
    record(
        enrolment,
        "completed",
        activity(moduleId(module), module.getTitle(), ACTIVITY_TYPES + "module"),
        Json.createObjectBuilder().add("completion", true));
  }

  public void completedEnrolment(Enrolment enrolment) {
    record(
        enrolment,
        "completed",
        enrolmentActivity(enrolment),
        Json.createObjectBuilder().add("completion", true));
  }

  private void record(
      Enrolment enrolment, String verb, JsonObject activity, JsonObjectBuilder result) {
    Instant now = clock.instant();
    String id = UUID.randomUUID().toString();
    JsonObjectBuilder statement =
        Json.createObjectBuilder()
            .add("id", id)
            .add(
                "actor",
                Json.createObjectBuilder()
                    .add("objectType", "Agent")
                    .add("name", enrolment.getLearner().getDisplayName())
                    .add(
                        "account",
                        Json.createObjectBuilder()
                            .add("homePage", base())
                            .add("name", "account-" + enrolment.getLearner().getId())))
            .add(
                "verb",
                Json.createObjectBuilder()
                    .add("id", VERBS + verb)
                    .add("display", Json.createObjectBuilder().add("en-GB", verb)))
            .add("object", activity)
            .add(
                "context",
                Json.createObjectBuilder()
                    .add("registration", registration(enrolment))
                    .add("platform", "Parity")
                    .add("language", "en-GB"))
            .add("timestamp", now.toString())
            .add("version", "1.0.3");
    if (result != null) {
      statement.add("result", result);
    }
    enrolments.add(
        new LearningStatement(
            id,
            enrolment.getLearner(),
            verb,
            activity.getString("id"),
            now,
            statement.build().toString()));
    recorded.fire(new StatementRecorded(id));
  }

  /** One registration per enrolment, the same every time: a name-based UUID of its id. */
  static String registration(Enrolment enrolment) {
    return UUID.nameUUIDFromBytes(("parity-enrolment-" + enrolment.getId()).getBytes()).toString();
  }

  private JsonObject enrolmentActivity(Enrolment enrolment) {
    if (enrolment.getCurriculumVersion() != null) {
      var version = enrolment.getCurriculumVersion();
      return activity(
          base() + "/curricula/" + version.getCurriculum().getSlug() + "/v" + version.getNumber(),
          version.getTitle(),
          ACTIVITY_TYPES + "course");
    }
    ModuleVersion module = enrolment.getModuleVersion();
    return activity(moduleId(module), module.getTitle(), ACTIVITY_TYPES + "module");
  }

  private JsonObject unitActivity(ModuleVersion module, Unit unit) {
    return activity(
        moduleId(module) + "/units/" + (unit.getPosition() + 1),
        unit.getTitle(),
        ACTIVITY_TYPES + (unit.getKind().name().equals("QUIZ") ? "assessment" : "lesson"));
  }

  private String moduleId(ModuleVersion module) {
    return base() + "/modules/" + module.getModule().getSlug() + "/v" + module.getNumber();
  }

  private static JsonObject activity(String id, String name, String type) {
    return Json.createObjectBuilder()
        .add("objectType", "Activity")
        .add("id", id)
        .add(
            "definition",
            Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("en-GB", name == null ? "" : name))
                .add("type", type))
        .build();
  }

  private String base() {
    return configuration.baseUrl().orElse("http://localhost:8080");
  }
}
