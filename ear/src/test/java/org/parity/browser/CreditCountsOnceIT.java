package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Credit counts once: a module completed in one curriculum counts in every other curriculum that
 * includes it (or a later version of it with the same units), with one certificate and one CPD
 * entry; the player and /me say "already completed on …".
 */
class CreditCountsOnceIT extends BrowserTest {

  private static final String PASSWORD = "meadow lantern copper 72";

  @Test
  void aModuleCompletedOnceCountsInEveryCurriculumThatIncludesIt() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String first = "credit-first-" + run;
    String module = first + "-module";
    String moduleTitle = "Credit first " + run + " (module)";
    ApiSession editor =
        ApiSession.signedIn(
                base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"))
            .newAccount(
                "Ed Credit", List.of("EDITOR", "PUBLISHER"), List.of(TestContent.COLLEGE_SLUG));
    TestContent content = new TestContent(editor);
    content.publishSmallCurriculum(first, "Credit first " + run);
    content.publishCurriculum("credit-second-" + run, "Credit second " + run, module);

    String email = "credit-" + run + "@example.org";
    new TestAccounts(browser)
        .create(email, "Cora Credit" + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    LearnerApi learner = new LearnerApi(ApiSession.signedIn(base, email, PASSWORD));
    learner.complete(first);
    String certificate =
        learner
            .player(learner.enrol("curriculum", first))
            .getJsonArray("modules")
            .getJsonObject(0)
            .getString("certificateCode");

    // The second curriculum is complete as soon as she enrols: the module counts there too.
    long second = learner.enrol("curriculum", "credit-second-" + run);
    JsonObject player = learner.player(second);
    assertThat(player.getBoolean("completed")).isTrue();
    assertThat(player.getInt("percent")).isEqualTo(100);
    JsonObject outline = player.getJsonArray("modules").getJsonObject(0);
    assertThat(outline.getBoolean("complete")).isTrue();
    assertThat(outline.getString("certificateCode"))
        .as("the one certificate")
        .isEqualTo(certificate);
    assertThat(outline.getString("alreadyCompletedOn")).isNotBlank();

    // A later version of the module with the same units counts as well.
    content.publishModule(module, moduleTitle, 1, 1, 0);
    content.publishCurriculum("credit-third-" + run, "Credit third " + run, module);
    long third = learner.enrol("curriculum", "credit-third-" + run);
    assertThat(learner.player(third).getBoolean("completed")).isTrue();

    // One CPD entry and one module certificate for the one completion; each curriculum has its own.
    String today = LocalDate.now().toString();
    String csv =
        learner
            .session()
            .get("/api/v1/me/cpd.csv?from=" + LocalDate.now().minusDays(1) + "&to=" + today)
            .body();
    assertThat(Arrays.stream(csv.split("\n")).filter(line -> line.contains(moduleTitle)))
        .hasSize(1);

    new LoginPage(browser).open().signIn(email, PASSWORD);
    browser.open("/me");
    assertThat(
            browser.findAll("#certificates tbody tr").stream()
                .map(row -> row.getText())
                .filter(text -> text.startsWith(moduleTitle)))
        .hasSize(1);
    assertThat(browser.text("#certificates"))
        .contains("Credit second " + run)
        .contains("Credit third " + run);
    assertThat(browser.pageText()).contains(moduleTitle + ": Already completed on");
    browser.open("/learn/" + second);
    assertThat(browser.text(".already-completed")).contains("Already completed on");
  }
}
