package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Learning-outcome frameworks: a publisher publishes its framework (CSV, YAML or typed), editors of
 * either side map a module's outcomes to it, a PUBLISHER of the framework's owner who did not
 * propose a mapping accepts it, and learners see accepted mappings on the module page, as the
 * curriculum's coverage, on their certificate and in the publisher's report.
 */
class OutcomeFrameworksIT extends BrowserTest {

  private static final String PASSWORD = "amber lattice orchard 17";
  private static final String OWNER = "Primary Care Learning Collaborative (demo)";
  private static final String OWNER_SLUG = "primary-care-learning-collaborative-demo";
  private static final String TRUST = "Northfield Mental Health NHS Foundation Trust (demo)";

  /**
   * Frida edits for the framework's owner and Paula and Peter are its PUBLISHERs; Cora edits the
   * college's modules; Otto edits for a trust (neither side); Lena learns.
   */
  private record People(String run) {
    String email(String who) {
      return who + "-outcomes-" + run + "@example.org";
    }
  }

  private People people() {
    People p = new People(UUID.randomUUID().toString().substring(0, 6));
    TestAccounts accounts = new TestAccounts(browser);
    String[][] who = {
      {"frida", "EDITOR", OWNER},
      {"paula", "EDITOR,PUBLISHER", OWNER},
      {"peter", "PUBLISHER", OWNER},
      {"cora", "EDITOR,PUBLISHER", TestContent.COLLEGE},
      {"otto", "EDITOR", TRUST},
      {"lena", "LEARNER", TRUST}
    };
    for (String[] person : who) {
      accounts.create(
          p.email(person[0]),
          Character.toUpperCase(person[0].charAt(0)) + person[0].substring(1) + " " + p.run(),
          PASSWORD,
          List.of(person[1].split(",")),
          person[2]);
    }
    return p;
  }

  private ApiSession session(People p, String who) throws Exception {
    return ApiSession.signedIn(base, p.email(who), PASSWORD);
  }

  private static JsonObject object(HttpResponse<String> response, int status) {
    return ApiSession.object(response, status);
  }

  private static JsonArray array(HttpResponse<String> response) {
    return ApiSession.array(response);
  }

  private static HttpResponse<String> draftCsv(ApiSession who, long owner, String title, String csv)
      throws Exception {
    return who.postBytes(
        "/api/v1/publishers/"
            + owner
            + "/frameworks?title="
            + title.replace(" ", "%20")
            + "&version=2026",
        csv.getBytes(StandardCharsets.UTF_8),
        "Content-Type",
        "text/csv");
  }

  private static String proposal(int outcome, long frameworkOutcome) {
    return Json.createObjectBuilder()
        .add("outcome", outcome)
        .add("frameworkOutcome", frameworkOutcome)
        .build()
        .toString();
  }

  private static String comment(String text) {
    return Json.createObjectBuilder().add("comment", text).build().toString();
  }

  @Test
  void onlyEditorsOfEitherSideMapAndOnlyTheOwnersOtherPublisherAccepts() throws Exception {
    People p = people();
    ApiSession frida = session(p, "frida");
    ApiSession paula = session(p, "paula");
    ApiSession peter = session(p, "peter");
    ApiSession cora = session(p, "cora");
    ApiSession otto = session(p, "otto");
    ApiSession lena = session(p, "lena");
    long owner = paula.publisherId(OWNER);
    String title = "Refusal outcomes " + p.run();

    // Drafting: a learner may not; a broken CSV is refused with every problem by line.
    assertThat(draftCsv(lena, owner, title, "code,group,title\nA1,G,T\n").statusCode())
        .isEqualTo(403);
    HttpResponse<String> broken =
        draftCsv(frida, owner, title, "code,group,title\nA1,Assess,Fine\nA1,Assess,Twice\n");
    assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
    assertThat(broken.body()).contains("\"line\":3").contains("The code A1 appears twice.");
    JsonObject draft =
        object(
            draftCsv(
                frida,
                owner,
                title,
                "code,group,title\nR1,Assessment,Recognise low mood\n"
                    + "R2,Planning,\"Plan care, with the person\"\n"),
            201);
    long framework = draft.getJsonNumber("id").longValue();
    assertThat(draft.getBoolean("published")).isFalse();
    assertThat(draft.getJsonArray("outcomes")).hasSize(2);

    // A draft is seen by its editors only, mapped to by no one, and published by a PUBLISHER.
    assertThat(ApiSession.anonymous(base).get("/api/v1/frameworks/" + framework).statusCode())
        .isIn(401, 403);
    long r1 = draft.getJsonArray("outcomes").getJsonObject(0).getJsonNumber("id").longValue();
    long r2 = draft.getJsonArray("outcomes").getJsonObject(1).getJsonNumber("id").longValue();
    String module = "outcome-refusals-" + p.run();
    new TestContent(cora).publishModule(module, "Mood in reviews " + p.run(), 2, 1, 0);
    String mappingsOf = "/api/v1/modules/" + module + "/outcome-mappings";
    assertThat(object(cora.postJson(mappingsOf, proposal(1, r1)), 409).getString("key"))
        .isEqualTo("frameworks.refusal.notPublished");
    assertThat(frida.post("/api/v1/frameworks/" + framework + "/publish").statusCode())
        .isEqualTo(403);
    assertThat(
            object(paula.post("/api/v1/frameworks/" + framework + "/publish"), 200)
                .getBoolean("published"))
        .isTrue();
    // Published, it never changes: the same title and version again is refused.
    assertThat(draftCsv(frida, owner, title, "code,group,title\nR3,G,New\n").body())
        .contains("frameworks.versionPublished");

    // Mapping: an editor of neither side may not; the module's editor and the framework's may.
    assertThat(otto.get(mappingsOf).statusCode()).isEqualTo(403);
    assertThat(otto.postJson(mappingsOf, proposal(1, r1)).statusCode()).isEqualTo(403);
    assertThat(lena.postJson(mappingsOf, proposal(1, r1)).statusCode()).isEqualTo(403);
    long byCora =
        object(cora.postJson(mappingsOf, proposal(1, r1)), 201).getJsonNumber("id").longValue();
    assertThat(object(cora.postJson(mappingsOf, proposal(1, r1)), 400).toString())
        .contains("frameworks.refusal.duplicate");
    assertThat(object(cora.postJson(mappingsOf, proposal(2, r1)), 400).toString())
        .contains("frameworks.moduleOutcomeUnknown");
    long byPaula =
        object(paula.postJson(mappingsOf, proposal(1, r2)), 201).getJsonNumber("id").longValue();

    // Answering: only a PUBLISHER of the framework's owner, never the proposer; declining says why.
    String at = "/api/v1/outcome-mappings/";
    assertThat(cora.postJson(at + byCora + "/accept", "{}").statusCode()).isEqualTo(403);
    assertThat(frida.postJson(at + byCora + "/accept", "{}").statusCode()).isEqualTo(403);
    assertThat(object(paula.postJson(at + byPaula + "/accept", "{}"), 409).getString("key"))
        .isEqualTo("frameworks.refusal.ownProposal");
    assertThat(object(peter.postJson(at + byCora + "/decline", comment(" ")), 400).toString())
        .contains("frameworks.refusal.declineWhy");
    assertThat(array(peter.get("/api/v1/outcome-mappings")).toString())
        .contains(String.valueOf(byCora))
        .contains(String.valueOf(byPaula));
    assertThat(
            object(peter.postJson(at + byCora + "/accept", comment("Fits R1.")), 200)
                .getString("status"))
        .isEqualTo("ACCEPTED");
    assertThat(object(peter.postJson(at + byCora + "/accept", "{}"), 409).getString("key"))
        .isEqualTo("frameworks.refusal.answered");
    assertThat(
            object(
                    peter.postJson(at + byPaula + "/decline", comment("Planning is not covered.")),
                    200)
                .getString("status"))
        .isEqualTo("DECLINED");

    // Learners see the accepted mapping only.
    String page = ApiSession.anonymous(base).get("/modules/" + module).body();
    assertThat(page).contains("Recognise low mood").doesNotContain("Plan care, with the person");

    // Withdrawing: an editor of neither side may not; the module's editor may.
    assertThat(otto.delete(at + byCora).statusCode()).isEqualTo(403);
    assertThat(cora.delete(at + byCora).statusCode()).isEqualTo(204);
    assertThat(ApiSession.anonymous(base).get("/modules/" + module).body())
        .doesNotContain("Recognise low mood");
  }

  @Test
  void aPublisherPublishesItsFrameworkAndLearnersSeeTheOutcomesTheyMeet() throws Exception {
    People p = people();
    String title = "Journey outcomes " + p.run();
    String module = "outcome-journey-" + p.run();
    String moduleTitle = "Mood and outcomes " + p.run();
    String curriculum = "outcome-journey-curriculum-" + p.run();
    // Codes of this run only: earlier runs' frameworks are on the same server.
    String j1 = "J" + p.run() + "-1";
    String j2 = "J" + p.run() + "-2";
    TestContent content = new TestContent(session(p, "cora"));
    content.publishModule(module, moduleTitle, 2, 1, 0);
    content.publishCurriculum(curriculum, "Outcome journey " + p.run(), module);

    // Paula types her framework in the studio: a slip is shown by line, and nothing is saved.
    new LoginPage(browser).open().signIn(p.email("paula"), PASSWORD);
    browser.open("/studio");
    browser.leaveBy("#frameworks-link");
    browser.choose("[id='draft:owner']", OWNER);
    browser.type("[id='draft:title']", title);
    browser.type("[id='draft:version']", "2026");
    browser.type(
        "[id='draft:outcomes']",
        "code,group,title\n"
            + j1
            + ",Assessment,Ask about mood at every review\n"
            + j2
            + ",Assessment,\n");
    browser.submit("[id='draft:save']");
    assertThat(browser.text("#framework-problems"))
        .contains(":3: Outcome " + j2 + " needs a title.");
    assertThat(browser.pageText()).doesNotContain(title + ", 2026");
    browser.type(
        "[id='draft:outcomes']",
        "code,group,title\n"
            + j1
            + ",Assessment,Ask about mood at every review\n"
            + j2
            + ",Planning,Agree a plan with the person\n");
    browser.submit("[id='draft:save']");
    assertThat(browser.text("#messages")).contains("Draft framework saved");
    assertThat(browser.pageText()).contains(title + ", 2026");
    String published = browser.submitConfirming("[id$=':publish']");
    assertThat(published).contains("Once published it cannot change");
    assertThat(browser.text("#messages")).contains("Framework published");
    LoginPage.signOut(browser);

    // Cora, who edits the module, maps its outcome from the studio.
    new LoginPage(browser).open().signIn(p.email("cora"), PASSWORD);
    browser.open("/studio/outcomes?module=" + module);
    assertThat(browser.text("#module-outcomes")).contains("Ask about mood at every review");
    browser.submit("[id='propose:proposeMapping']");
    assertThat(browser.fieldError("propose:moduleOutcome"))
        .contains("Choose one of the module's outcomes");
    browser.choose("[id='propose:moduleOutcome']", "1. Ask about mood at every review");
    browser.choose("[id='propose:frameworkOutcome']", j1 + " Ask about mood at every review");
    browser.submit("[id='propose:proposeMapping']");
    assertThat(browser.text("#messages")).contains("Mapping proposed");
    assertThat(browser.text("#module-outcomes"))
        .contains(j1)
        .contains("Waiting for the framework's publisher");
    LoginPage.signOut(browser);

    // Peter, the owner's other publisher, is told by mail; he must say why he declines, then
    // accepts, and Cora is told.
    TestAccounts accounts = new TestAccounts(browser);
    accounts.signInAsAdministrator();
    assertThat(accounts.outboxLink(p.email("peter"))).endsWith("/studio/frameworks");
    assertThat(accounts.outboxLink(p.email("paula"))).endsWith("/studio/frameworks");
    LoginPage.signOut(browser);
    new LoginPage(browser).open().signIn(p.email("peter"), PASSWORD);
    browser.open("/studio/frameworks");
    assertThat(browser.text("#waiting-mappings")).contains(moduleTitle).contains(j1);
    String row = "waiting:rows:" + rowOf(moduleTitle) + ":";
    browser.submit("[id='" + row + "decline']");
    assertThat(browser.fieldError(row + "comment")).contains("Say why");
    browser.submit("[id='" + row + "accept']");
    assertThat(browser.text("#messages")).contains("Mapping accepted");
    LoginPage.signOut(browser);
    accounts.signInAsAdministrator();
    // Cora has other mail (her module's review); which came first is not this test's business.
    assertThat(accounts.outboxLinks(p.email("cora")))
        .anyMatch(link -> link.endsWith("/studio/outcomes?module=" + module));
    LoginPage.signOut(browser);

    // The module page shows the outcome met; the curriculum page, its coverage.
    browser.open("/modules/" + module);
    assertThat(browser.text("#mapped-outcomes"))
        .contains(title + ", 2026")
        .contains(j1 + " Ask about mood at every review");
    browser.open("/curricula/" + curriculum);
    assertThat(browser.text("#framework-coverage"))
        .contains(title)
        .contains("1 of 2 outcomes covered")
        .contains(j2 + " Agree a plan with the person")
        .contains("not covered");

    // Lena completes it: her certificate lists the outcome, and the report counts her.
    LearnerApi lena = new LearnerApi(session(p, "lena"));
    lena.complete(curriculum);
    new LoginPage(browser).open().signIn(p.email("lena"), PASSWORD);
    browser.open("/me");
    browser.leaveBy("#certificates a[href*='/certificates/']");
    assertThat(browser.text("#certificate-outcomes"))
        .contains(title + ", 2026")
        .contains(j1 + " Ask about mood at every review");
    LoginPage.signOut(browser);
    new LoginPage(browser).open().signIn(p.email("cora"), PASSWORD);
    browser.open("/studio/reports?c=" + curriculum);
    assertThat(browser.text("#by-outcome")).contains(j1 + " Ask about mood at every review");
    assertThat(browser.find("#by-outcome tbody td:last-child").getText()).isEqualTo("1");
  }

  /** Where a module's proposal is in the waiting list (earlier runs' may wait there too). */
  private int rowOf(String moduleTitle) {
    List<org.openqa.selenium.WebElement> rows =
        browser.findAll("#waiting-mappings li.mapping-proposal");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains(moduleTitle)) {
        return i;
      }
    }
    throw new AssertionError("No proposal for " + moduleTitle + " waits");
  }

  @Test
  void theDemoFrameworksShipMappedToTheStarterModules() {
    browser.open("/modules/perinatal-mental-health");
    assertThat(browser.text("#mapped-outcomes"))
        .contains("Whole-person care capabilities (demo), 2026")
        .contains("A3 Judge risk and urgency")
        .contains("Primary care learning outcomes (demo), 1.0")
        .contains("PC5 Work with community, hospital and specialist services");
    browser.open("/curricula/whole-person-care-foundations");
    assertThat(browser.text("#framework-coverage"))
        .contains("9 of 9 outcomes covered")
        .contains("6 of 6 outcomes covered");
  }
}
