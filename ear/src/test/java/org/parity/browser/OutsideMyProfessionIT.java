package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * /me's "what I learned outside my profession": modules completed whose curricula are written for
 * other professions than the learner's own.
 */
class OutsideMyProfessionIT extends BrowserTest {

  private static final String PASSWORD = "willow copper signal 58";

  @Test
  void aPharmacistSeesTheModulesWrittenForGpsAndNursesThatSheCompleted() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String publisher = "outside-pub-" + run + "@example.org";
    String pharmacist = "outside-pharm-" + run + "@example.org";
    String gp = "outside-gp-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(
        publisher, "Pat Outside", PASSWORD, List.of("EDITOR", "PUBLISHER"), TestContent.COLLEGE);
    accounts.create(
        pharmacist, "Priya Pharm " + run, "Pharmacist", PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(gp, "Gareth GP " + run, "GP", PASSWORD, List.of(), TestContent.COLLEGE);
    // A curriculum for GPs and adult nurses, of one module.
    new TestContent(ApiSession.signedIn(base, publisher, PASSWORD))
        .publishSmallCurriculum("outside-" + run, "Breathlessness and anxiety " + run);

    new LoginPage(browser).open().signIn(pharmacist, PASSWORD);
    assertThat(browser.text("#nothing-outside"))
        .as("before she completes it")
        .contains("Nothing yet");
    new LearnerApi(ApiSession.signedIn(base, pharmacist, PASSWORD)).complete("outside-" + run);
    browser.open("/me");
    assertThat(browser.text("#outside-my-profession"))
        .contains("Breathlessness and anxiety " + run + " (module)")
        .contains("Written for Adult nurse, GP");

    // The same module is a GP's own: nothing outside her profession.
    LoginPage.signOut(browser);
    new LearnerApi(ApiSession.signedIn(base, gp, PASSWORD)).complete("outside-" + run);
    new LoginPage(browser).open().signIn(gp, PASSWORD);
    assertThat(browser.text("#nothing-outside")).contains("Nothing yet");
  }
}
