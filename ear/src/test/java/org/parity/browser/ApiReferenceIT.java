package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's description at /openapi: every JAX-RS method of the EAR is in it with a summary, a tag,
 * its success answers and the shared refusal, real answers match the schemas it gives, and /api
 * shows it as a reference a person can try calls from.
 */
class ApiReferenceIT extends BrowserTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> VERBS = Set.of("get", "post", "put", "delete", "patch");

  private JsonNode description;

  @BeforeEach
  void readDescription() throws Exception {
    HttpResponse<String> answer = ApiSession.anonymous(base).get("/openapi?format=JSON");
    assertThat(answer.statusCode()).isEqualTo(200);
    description = JSON.readTree(answer.body());
  }

  @Test
  void everyOperationOfTheApiIsDescribedWithItsAnswers() throws Exception {
    assertThat(description.path("openapi").asString()).startsWith("3.1");
    JsonNode schemes = description.path("components").path("securitySchemes");
    assertThat(schemes.path("session").path("in").asString()).isEqualTo("cookie");
    assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
    assertThat(description.path("components").path("schemas").has("Error")).isTrue();

    List<ApiOperations.Operation> methods = ApiOperations.ofEar(System.getProperty("parity.ear"));
    assertThat(methods).as("JAX-RS methods found in the EAR").hasSizeGreaterThan(70);

    Set<String> described = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
      for (String verb : path.getValue().propertyNames()) {
        if (VERBS.contains(verb)) {
          described.add(verb.toUpperCase() + " " + path.getKey());
        }
      }
    }
    Set<String> implemented = new TreeSet<>();
    methods.forEach(m -> implemented.add(m.verb() + " " + m.path()));
    assertThat(described).as("operations in /openapi").isEqualTo(implemented);

    Set<String> operationIds = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (ApiOperations.Operation method : methods) {
      String name = method.verb() + " " + method.path() + " (" + method.javaName() + ")";
      JsonNode operation =
          description.path("paths").path(method.path()).path(method.verb().toLowerCase());
      if (operation.path("summary").asString("").isBlank()) {
        problems.add(name + ": no summary");
      }
      if (operation.path("tags").isEmpty()) {
        problems.add(name + ": no tag");
      }
      if (!operationIds.add(operation.path("operationId").asString(""))) {
        problems.add(name + ": operationId missing or taken");
      }
      JsonNode responses = operation.path("responses");
      if (!"#/components/responses/Refused"
          .equals(responses.path("default").path("$ref").asString(""))) {
        problems.add(name + ": no shared refusal");
      }
      List<String> successes = new ArrayList<>();
      for (Map.Entry<String, JsonNode> response : responses.properties()) {
        if (!response.getKey().startsWith("2")) {
          continue;
        }
        successes.add(response.getKey());
        for (Map.Entry<String, JsonNode> content :
            response.getValue().path("content").properties()) {
          // What the generator writes for a method returning a bare Response.
          if (content.getKey().equals("*/*") || content.getValue().path("schema").isEmpty()) {
            problems.add(
                name + ": " + response.getKey() + " " + content.getKey() + " has no schema");
          }
        }
      }
      if (successes.isEmpty()) {
        problems.add(name + ": no success answer");
      }
      boolean anyContent =
          successes.stream().anyMatch(code -> !responses.path(code).path("content").isEmpty());
      if (method.typedBody() && !anyContent) {
        problems.add(name + ": answers with a body its description does not show");
      }
    }
    assertThat(problems).as("operations described incompletely").isEmpty();
  }

  @Test
  void realAnswersMatchTheSchemasTheDescriptionGives() throws Exception {
    ApiSession visitor = ApiSession.anonymous(base);
    HttpResponse<String> curricula = visitor.get("/api/v1/curricula");
    assertMatches(curricula, 200, "get", "/api/v1/curricula");
    String slug = JSON.readTree(curricula.body()).path(0).path("slug").asString();
    assertThat(slug).as("a starter curriculum").isNotBlank();
    assertMatches(visitor.get("/api/v1/curricula/" + slug), 200, "get", "/api/v1/curricula/{slug}");
    assertMatches(visitor.get("/api/v1/search?q=depression"), 200, "get", "/api/v1/search");
    assertMatches(
        visitor.get("/api/v1/case-studies/no-such-study"),
        404,
        "get",
        "/api/v1/case-studies/{slug}");
    assertMatches(visitor.get("/api/v1/me/enrolments"), 401, "get", "/api/v1/me/enrolments");

    ApiSession admin =
        ApiSession.signedIn(
            base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    ApiSession learner = admin.newAccount("Ola Openapi", List.of(), List.of());
    HttpResponse<String> enrolled =
        learner.postJson("/api/v1/me/enrolments", "{\"curriculum\":\"" + slug + "\"}");
    assertMatches(enrolled, 201, "post", "/api/v1/me/enrolments");
    long enrolment = JSON.readTree(enrolled.body()).path("id").asLong();
    assertMatches(
        learner.get("/api/v1/me/enrolments/" + enrolment),
        200,
        "get",
        "/api/v1/me/enrolments/{id}");
    assertMatches(learner.get("/api/v1/me/enrolments"), 200, "get", "/api/v1/me/enrolments");
    assertMatches(
        learner.postJson("/api/v1/me/enrolments", "{\"curriculum\":\"no-such-curriculum\"}"),
        409,
        "post",
        "/api/v1/me/enrolments");

    assertMatches(
        learner.postJson("/api/v1/case-studies", "{}"), 400, "post", "/api/v1/case-studies");
  }

  @Test
  void aPersonReadsTheReferenceAndTriesACall() {
    browser.open("/");
    browser.find("#footer-api").click();
    assertThat(browser.path()).isEqualTo("/api");
    browser.waitFor("#api-reference .opblock-tag");
    List<String> tags =
        browser.findAll("#api-reference .opblock-tag").stream()
            .map(WebElement::getText)
            .map(t -> t.lines().findFirst().orElse("").strip())
            .toList();
    assertThat(tags).contains("Case studies", "Curricula", "Learning");
    assertThat(browser.findAll("#api-reference .opblock"))
        .as("every operation listed")
        .hasSizeGreaterThan(70);

    WebElement operation = browser.find("#operations-Curricula-CurriculumResource_curricula");
    operation.findElement(By.cssSelector(".opblock-summary-control")).click();
    browser.waitFor("#operations-Curricula-CurriculumResource_curricula .try-out__btn");
    operation.findElement(By.cssSelector(".try-out__btn")).click();
    browser.waitFor("#operations-Curricula-CurriculumResource_curricula .execute");
    operation.findElement(By.cssSelector(".execute")).click();
    browser.waitForText(
        "#operations-Curricula-CurriculumResource_curricula .live-responses-table tr.response .response-col_status",
        "200");
    // The rendered reference, as the visitor now sees it: accessible, no script refused.
    browser.checkPage();
  }

  /**
   * The answer's status is one the operation describes (an error falls to the shared refusal), and
   * its body matches that answer's schema, with no property the schema leaves out.
   */
  private void assertMatches(HttpResponse<String> answer, int status, String verb, String path) {
    assertThat(answer.statusCode()).as(verb + " " + path + ": " + answer.body()).isEqualTo(status);
    JsonNode responses = description.path("paths").path(path).path(verb).path("responses");
    assertThat(responses.isMissingNode()).as(verb + " " + path + " described").isFalse();
    JsonNode response = responses.path(String.valueOf(status));
    if (response.isMissingNode()) {
      assertThat(status)
          .as(verb + " " + path + ": success " + status + " described")
          .isGreaterThanOrEqualTo(400);
      response = responses.path("default");
    }
    if (response.has("$ref")) {
      String name = response.path("$ref").asString().replace("#/components/responses/", "");
      response = description.path("components").path("responses").path(name);
    }
    JsonNode schema = response.path("content").path("application/json").path("schema");
    assertThat(schema.isMissingNode()).as(verb + " " + path + " " + status + " schema").isFalse();

    ObjectNode wrapper = JSON.createObjectNode();
    wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    wrapper.set("components", closed(description.path("components").deepCopy()));
    wrapper.putArray("allOf").add(closed(schema.deepCopy()));
    List<Error> errors =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(wrapper)
            .validate(JSON.readTree(answer.body()));
    assertThat(errors).as(verb + " " + path + " " + status + ": " + answer.body()).isEmpty();
  }

  /**
   * The schemas with every object closed to properties it does not name, so an answer carrying a
   * field the description leaves out fails too.
   */
  private static JsonNode closed(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      if (object.has("properties") && !object.has("additionalProperties")) {
        object.put("additionalProperties", false);
      }
      for (Map.Entry<String, JsonNode> child : object.properties()) {
        closed(child.getValue());
      }
    } else if (node.isArray()) {
      node.forEach(ApiReferenceIT::closed);
    }
    return node;
  }
}
