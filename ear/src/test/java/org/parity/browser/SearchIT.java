package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Search: the field's abbreviations find their long forms, typing slips and word endings are
 * forgiven, facets count and narrow, snippets mark the words found and nothing else, closed
 * networks' threads stay with their members, nothing a reader types makes a 500, and the pages keep
 * a search in the address. An administrator rebuilds the index while searches go on.
 */
// Alone: it rebuilds the search index, which other tests search meanwhile.
@Isolated
class SearchIT extends BrowserTest {

  private static final String PASSWORD = "lantern orchard pebble 29";

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return LearnerApi.json(response);
  }

  private ApiSession admin() throws Exception {
    return ApiSession.signedIn(
        base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
  }

  /** The slugs a search answers, asked as {@code session}. */
  private static List<String> slugs(ApiSession session, String query) throws Exception {
    HttpResponse<String> response = session.get("/api/v1/search?" + query);
    assertThat(response.statusCode()).as(query).isEqualTo(200);
    return json(response).getJsonArray("hits").getValuesAs(JsonObject.class).stream()
        .map(h -> h.getString("slug"))
        .toList();
  }

  private void waitForInitialIndex() {
    ApiSession anyone = ApiSession.anonymous(base);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> json(anyone.get("/api/v1/search?type=module")).getInt("total") > 0);
  }

  /** Writes, submits and publishes a study as the administrator; answers its slug. */
  private static String publishStudy(
      ApiSession admin,
      String title,
      String summary,
      String problem,
      String priorityArea,
      String setting,
      String region,
      String challenge)
      throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("title", title)
            .add("summary", summary)
            .add("problem", problem)
            .add("intervention", "A nurse-led clinic, a shared plan and a named contact.")
            .add("outcomes", "Fewer emergency visits within a year.")
            .add("organisation", "Test practice")
            .add("region", region)
            .add("challenges", list(challenge))
            .add("priorityAreas", list(priorityArea))
            .add("settings", list(setting))
            .add("professions", list("GP"))
            .build()
            .toString();
    // Written and submitted by a member of the demo college; an editor there checks it and the
    // administrator publishes it (two people, neither its author).
    ApiSession author =
        admin.newAccount("Sam Searcher", List.of(), List.of(TestContent.COLLEGE_SLUG));
    ApiSession checker =
        admin.newAccount("Cal Checker", List.of("EDITOR"), List.of(TestContent.COLLEGE_SLUG));
    HttpResponse<String> started = author.postJson("/api/v1/case-studies", body);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonObject draft = json(started);
    long id = draft.getJsonNumber("studyId").longValue();
    assertThat(author.post("/api/v1/case-studies/" + id + "/submit").statusCode()).isEqualTo(200);
    assertThat(
            checker
                .postJson(
                    "/api/v1/case-studies/" + id + "/check",
                    "{\"confirmed\": [\"NO_IDENTIFIABLE_INFORMATION\", \"CONSENT_RECORDED\","
                        + " \"OUTCOMES_SUPPORTED\"]}")
                .statusCode())
        .isEqualTo(204);
    assertThat(admin.post("/api/v1/case-studies/" + id + "/publish").statusCode()).isEqualTo(204);
    return draft.getString("slug");
  }

  private static JsonArrayBuilder list(String... values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String v : values) {
      array.add(v);
    }
    return array;
  }

  @Test
  void findsBySynonymTypingSlipAndStemWithFacetsAndSafeSnippets() throws Exception {
    waitForInitialIndex();
    String run = "qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    ApiSession admin = admin();
    String smi =
        publishStudy(
            admin,
            "Physical health checks for people with severe mental illness " + run,
            "Annual checks for people living with severe mental illness. " + run,
            "Few patients were screened for diabetes; <b>bold</b> & <script>alert(1)</script>.",
            "SMI_PRIMARY_CARE",
            "PRIMARY_CARE",
            "LONDON",
            "SMI_PHYSICAL_HEALTH");
    String clinic =
        publishStudy(
            admin,
            "A clinic for medically unexplained symptoms " + run,
            "Medically unexplained symptoms seen together by a GP and a psychologist. " + run,
            "People with medically unexplained symptoms went from test to test.",
            "MUS_PRIMARY_CARE",
            "COMMUNITY",
            "NORTH_WEST",
            "MUS");
    String consultation =
        publishStudy(
            admin,
            "Longer consultations for persistent symptoms " + run,
            "Double appointments for people with medically unexplained symptoms. " + run,
            "Short appointments ended in referrals.",
            "MUS_PRIMARY_CARE",
            "PRIMARY_CARE",
            "NORTH_WEST",
            "MUS");
    ApiSession anyone = ApiSession.anonymous(base);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> json(anyone.get("/api/v1/search?type=caseStudy&q=" + run)).getInt("total") == 3);

    // Synonym: "SMI" finds a study that only ever says "severe mental illness".
    assertThat(slugs(anyone, "type=caseStudy&size=50&q=SMI")).contains(smi);
    // Typing slips: edit distance on the longer words.
    assertThat(slugs(anyone, "type=caseStudy&size=50&q=" + enc("medicaly unexplaned symptons")))
        .contains(clinic, consultation);
    // A question typed in full, with a word no study uses: most of the words will do.
    assertThat(
            slugs(anyone, "type=caseStudy&size=50&q=" + enc("medically unexplained zqxwv " + run)))
        .contains(clinic, consultation);
    // Stemming: "screening" finds "screened".
    assertThat(slugs(anyone, "type=caseStudy&size=50&q=screening")).contains(smi);

    // Facets: counts add up to the total, and a facet narrows it.
    JsonObject all = json(anyone.get("/api/v1/search?type=caseStudy&q=" + run));
    assertThat(all.getInt("total")).isEqualTo(3);
    List<JsonObject> settings =
        all.getJsonArray("facets").getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getString("name").equals("setting"))
            .toList();
    assertThat(settings.stream().mapToInt(f -> f.getInt("count")).sum()).isEqualTo(3);
    assertThat(settings)
        .anySatisfy(
            f -> {
              assertThat(f.getString("value")).isEqualTo("PRIMARY_CARE");
              assertThat(f.getInt("count")).isEqualTo(2);
            });
    JsonObject narrowed =
        json(anyone.get("/api/v1/search?type=caseStudy&setting=PRIMARY_CARE&q=" + run));
    assertThat(narrowed.getInt("total")).isEqualTo(2);
    assertThat(
            json(anyone.get(
                    "/api/v1/search?type=caseStudy&setting=PRIMARY_CARE&region=NORTH_WEST&q="
                        + run))
                .getInt("total"))
        .isEqualTo(1);

    // Snippets: the words found in <mark>, and no markup from the study itself.
    JsonObject hit =
        json(anyone.get("/api/v1/search?type=caseStudy&q=" + enc("screened " + run)))
            .getJsonArray("hits")
            .getJsonObject(0);
    assertThat(hit.getString("slug")).isEqualTo(smi);
    assertThat(hit.getString("type")).isEqualTo("caseStudy");
    assertThat(hit.getString("address")).isEqualTo("/case-studies/" + smi);
    String snippet = hit.getString("snippet");
    assertThat(snippet).contains("<mark>");
    assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");

    // Suggestions as you type.
    HttpResponse<String> suggestions =
        anyone.get("/api/v1/search/suggestions?q=" + enc("physical health che"));
    assertThat(suggestions.statusCode()).isEqualTo(200);
    assertThat(suggestions.body()).contains("Physical health checks for people with severe");

    // Nothing a reader types makes a 500.
    for (String query :
        List.of(
            "\"unbalanced quote",
            "x".repeat(10_000),
            "tab\tnull\u0000bell\u0007escape\u001b",
            "(((",
            "*",
            "~2",
            "-",
            "\"\"\"",
            "a AND OR NOT b",
            "\\",
            "%")) {
      int status = anyone.get("/api/v1/search?q=" + enc(query)).statusCode();
      assertThat(status).as(query.length() > 40 ? "10,000 characters" : query).isIn(200, 400);
    }
    assertThat(anyone.get("/api/v1/search?type=bogus&q=x").statusCode()).isEqualTo(400);
    assertThat(anyone.get("/api/v1/search?q=x&page=-3&year=abc&setting=%3Cb%3E").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aModulesNewVersionTakesTheOldOnesPlaceInSearchAtOnce() throws Exception {
    waitForInitialIndex();
    String run = "qm" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    String publisher = "search-pub-" + run + "@example.org";
    new TestAccounts(browser)
        .create(
            publisher,
            "Pat Search " + run,
            PASSWORD,
            List.of("EDITOR", "PUBLISHER"),
            TestContent.COLLEGE);
    TestContent content = new TestContent(ApiSession.signedIn(base, publisher, PASSWORD));
    String slug = "search-mood-" + run;
    content.publishModule(slug, "Mood at the review " + run, 1, 1, 0);
    ApiSession anyone = ApiSession.anonymous(base);
    String query = "/api/v1/search?type=module&q=" + run;
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> json(anyone.get(query)).getInt("total") == 1);

    content.publishModule(slug, "Mood at the review, revised " + run, 1, 1, 0);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> json(anyone.get(query)).toString().contains("revised"));
    JsonObject found = json(anyone.get(query));
    assertThat(found.getInt("total")).as("the earlier version is no longer counted").isEqualTo(1);
    assertThat(found.getJsonArray("hits")).hasSize(1);
    assertThat(found.getJsonArray("hits").getJsonObject(0).getString("title"))
        .isEqualTo("Mood at the review, revised " + run);
  }

  @Test
  void closedNetworksThreadsAreFoundByTheirMembersOnly() throws Exception {
    waitForInitialIndex();
    String run = "qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    String ana = "search-ana-" + run + "@example.org";
    String cara = "search-cara-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(ana, "Ana Search " + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    accounts.create(cara, "Cara Search " + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    ApiSession admin = admin();
    String closed = "search-closed-" + run;
    assertThat(
            admin
                .postJson(
                    "/api/v1/networks",
                    "{\"slug\":\""
                        + closed
                        + "\",\"name\":\"Closed "
                        + run
                        + "\",\"description\":\"Leads only.\",\"open\":false,\"facilitators\":[\""
                        + ana
                        + "\"]}")
                .statusCode())
        .isEqualTo(201);
    ApiSession anaApi = ApiSession.signedIn(base, ana, PASSWORD);
    ApiSession caraApi = ApiSession.signedIn(base, cara, PASSWORD);
    long category = anaApi.firstForumCategory("/api/v1/networks/" + closed);
    HttpResponse<String> thread =
        anaApi.postJson(
            "/api/v1/networks/" + closed + "/threads",
            "{\"category\":"
                + category
                + ",\"title\":\"Escalating sepsis on the ward "
                + run
                + "\",\"body\":\"Our escalation checklist for deteriorating patients.\"}");
    assertThat(thread.statusCode()).isEqualTo(201);
    String id = String.valueOf(json(thread).getJsonNumber("id").longValue());

    String query = "type=thread&q=" + run;
    await().atMost(Duration.ofSeconds(20)).until(() -> slugs(anaApi, query).contains(id));
    // The first post's words find the thread too.
    assertThat(slugs(anaApi, "type=thread&q=" + enc("deteriorating checklist " + run)))
        .contains(id);
    assertThat(slugs(admin, query)).contains(id);
    assertThat(slugs(caraApi, query)).doesNotContain(id);
    assertThat(slugs(ApiSession.anonymous(base), query)).doesNotContain(id);
    assertThat(slugs(ApiSession.anonymous(base), "q=" + run)).doesNotContain(id);
  }

  @Test
  void pagesKeepTheSearchInTheAddressAndAnAdministratorRebuildsTheIndex() throws Exception {
    waitForInitialIndex();
    String run = "qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    ApiSession admin = admin();
    String first =
        publishStudy(
            admin,
            "Breathlessness groups for COPD " + run,
            "Group sessions for people with chronic obstructive pulmonary disease. " + run,
            "Anxiety about breathlessness kept people at home.",
            "LTC_MENTAL_HEALTH",
            "COMMUNITY",
            "WALES",
            "LTC_MENTAL_HEALTH");
    publishStudy(
        admin,
        "Breathing space in primary care " + run,
        "A practice nurse and a therapist for people with COPD and low mood. " + run,
        "Low mood went unnoticed at COPD reviews.",
        "LTC_MENTAL_HEALTH",
        "PRIMARY_CARE",
        "WALES",
        "LTC_MENTAL_HEALTH");

    browser.open("/case-studies");
    // Suggestions as you type, then the chosen one is searched.
    browser.find("#q").sendKeys("Breathlessness groups for CO");
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    wait.until(
        ExpectedConditions.attributeContains(
            By.cssSelector("#q-suggestions option"), "value", "Breathlessness groups for COPD"));
    browser.checkPage();
    browser.find("#q").clear();
    browser.find("#q").sendKeys(run);
    browser.submit("#go");
    assertThat(browser.url()).contains("q=" + run);
    assertThat(browser.findAll("#results > li")).hasSize(2);

    // A facet narrows, lives in the address and survives a reload.
    browser.submit("a.facet-option[data-facet='setting'][data-value='COMMUNITY']");
    assertThat(browser.url()).contains("setting=COMMUNITY").contains("q=" + run);
    assertThat(browser.findAll("#results > li")).hasSize(1);
    browser.driver().navigate().refresh();
    browser.checkPage();
    assertThat(browser.url()).contains("setting=COMMUNITY");
    assertThat(browser.findAll("#results > li")).hasSize(1);
    assertThat(browser.find("#results a").getAttribute("href")).endsWith("/case-studies/" + first);
    assertThat(
            browser
                .find("a.facet-option[data-facet='setting'][data-value='COMMUNITY']")
                .getAttribute("aria-current"))
        .isEqualTo("true");
    browser.submit("#sort-date");
    assertThat(browser.url()).contains("sort=date").contains("setting=COMMUNITY");

    // Too many filters: an empty state that says what to do.
    browser.open("/case-studies?q=" + run + "&setting=COMMUNITY&region=LONDON");
    assertThat(browser.text("#no-results")).contains("fewer filters");

    // One search across every kind, grouped.
    browser.open("/search?q=" + enc("mental health"));
    assertThat(browser.findAll("#group-caseStudy, #group-module, #group-thread")).hasSize(3);
    browser.open("/search?q=" + run);
    assertThat(browser.text("#heading-caseStudy")).contains("(2)");

    // The administrator rebuilds the index; searches keep answering meanwhile.
    new TestAccounts(browser).signInAsAdministrator();
    browser.open("/admin");
    browser.find("[id='searchIndex:rebuild']").click();
    ApiSession anyone = ApiSession.anonymous(base);
    assertThat(anyone.get("/api/v1/search?q=" + run).statusCode()).isEqualTo(200);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("indexStatus"), "(100%)"));
    browser.waitForAjax();
    browser.checkPage();
    assertThat(json(anyone.get("/api/v1/search?type=caseStudy&q=" + run)).getInt("total"))
        .isEqualTo(2);
    assertThat(json(admin.get("/api/v1/admin/search-index")).getInt("percent")).isEqualTo(100);
    assertThat(anyone.get("/api/v1/admin/search-index").statusCode()).isIn(401, 403);
    LoginPage.signOut(browser);
  }
}
