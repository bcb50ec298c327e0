package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

/** A learner working through the learning API, as the player does: the steps tests repeat. */
public final class LearnerApi {

  private final ApiSession session;

  public LearnerApi(ApiSession session) {
    this.session = session;
  }

  public ApiSession session() {
    return session;
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  public static String at(long enrolment, String rest) {
    return "/api/v1/me/enrolments/" + enrolment + rest;
  }

  /** Enrols in a curriculum ({@code field} "curriculum") or a module ("module") by slug. */
  public long enrol(String field, String slug) throws IOException, InterruptedException {
    HttpResponse<String> created =
        session.postJson("/api/v1/me/enrolments", "{\"" + field + "\":\"" + slug + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  /** Enrols on a curriculum of one module and completes it; answers the enrolment. */
  public long complete(String curriculum) throws IOException, InterruptedException {
    long enrolment = enrol("curriculum", curriculum);
    JsonObject outcome = workThrough(enrolment, 0, 0);
    assertThat(outcome.getBoolean("moduleCompleted")).as(outcome.toString()).isTrue();
    return enrolment;
  }

  public JsonObject player(long enrolment) throws IOException, InterruptedException {
    return ok(session.get(at(enrolment, "")));
  }

  public JsonObject player(long enrolment, long unit) throws IOException, InterruptedException {
    return ok(session.get(at(enrolment, "?unit=" + unit)));
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  public List<JsonObject> units(long enrolment, int module)
      throws IOException, InterruptedException {
    return player(enrolment)
        .getJsonArray("modules")
        .getJsonObject(module)
        .getJsonArray("units")
        .getValuesAs(JsonObject.class);
  }

  public static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  /** The id of the first reflection unit in the enrolment's module {@code module}. */
  public long firstReflection(long enrolment, int module) throws IOException, InterruptedException {
    return units(enrolment, module).stream()
        .filter(u -> "REFLECTION".equals(u.getString("kind")))
        .mapToLong(LearnerApi::id)
        .findFirst()
        .orElseThrow();
  }

  public int done(long enrolment, long unit) throws IOException, InterruptedException {
    return session.post(at(enrolment, "/units/" + unit + "/done")).statusCode();
  }

  public int reflect(long enrolment, long unit, String text)
      throws IOException, InterruptedException {
    return session
        .putJson(
            at(enrolment, "/units/" + unit + "/reflection"),
            Json.createObjectBuilder().add("text", text).build().toString())
        .statusCode();
  }

  public long startAttempt(long enrolment, long quiz) throws IOException, InterruptedException {
    return ok(session.post(at(enrolment, "/units/" + quiz + "/attempts")))
        .getJsonNumber("attempt")
        .longValue();
  }

  public List<Long> openQuestions(long enrolment, long quiz)
      throws IOException, InterruptedException {
    return openAttempt(enrolment, quiz)
        .getJsonArray("questions")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(q -> q.getJsonNumber("questionId").longValue())
        .toList();
  }

  public JsonObject openAttempt(long enrolment, long quiz)
      throws IOException, InterruptedException {
    return player(enrolment, quiz)
        .getJsonObject("unit")
        .getJsonObject("quiz")
        .getJsonObject("open");
  }

  public int answer(long enrolment, long attempt, long question, int option)
      throws IOException, InterruptedException {
    return session
        .putJson(
            at(enrolment, "/attempts/" + attempt + "/answers/" + question),
            "{\"options\":[" + option + "]}")
        .statusCode();
  }

  public JsonObject submit(long enrolment, long attempt) throws IOException, InterruptedException {
    return ok(session.post(at(enrolment, "/attempts/" + attempt + "/submit")));
  }

  /**
   * Works through one module of the modules TestContent publishes: reads the text, writes the
   * reflection, and answers every question with option {@code option} (0 is right, 1 wrong).
   * Answers the quiz's outcome.
   */
  public JsonObject workThrough(long enrolment, int module, int option)
      throws IOException, InterruptedException {
    List<JsonObject> units = units(enrolment, module);
    assertThat(done(enrolment, id(units.get(0)))).isEqualTo(204);
    assertThat(reflect(enrolment, id(units.get(1)), "I asked about mood and listened."))
        .isEqualTo(204);
    long quiz = id(units.get(2));
    long attempt = startAttempt(enrolment, quiz);
    for (long question : openQuestions(enrolment, quiz)) {
      assertThat(answer(enrolment, attempt, question, option)).isEqualTo(204);
    }
    return submit(enrolment, attempt);
  }
}
