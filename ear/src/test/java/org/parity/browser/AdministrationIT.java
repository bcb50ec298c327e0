package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.RegisterPage;
import org.parity.browser.pages.TestAccounts;

/**
 * The first administrator (from PARITY_ADMIN_EMAIL and PARITY_ADMIN_PASSWORD) finds a new account
 * through the outbox and the account list, gives it a role and an organisation, and disables it.
 */
class AdministrationIT extends BrowserTest {

  private static final String PASSWORD = "harbour lantern quilt 93";

  private void signInAsAdministrator() {
    new TestAccounts(browser).signInAsAdministrator();
  }

  @Test
  void anAdministratorConfirmsFromTheOutboxAssignsARoleAndDisablesTheAccount() {
    String email = "editor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    new RegisterPage(browser).open().register(email, "Morgan Ellis", "Psychologist", PASSWORD);

    new TestAccounts(browser).confirmFromOutbox(email);

    signInAsAdministrator();
    browser.open("/admin");
    browser.type("[id='accounts:query']", email);
    browser.submit("[id='accounts:search']");
    assertThat(browser.findAll("[id='accounts:table'] tbody tr")).hasSize(1);
    browser.submit("a[aria-label='Manage " + email + "']");

    browser.find("input[type=checkbox][value='EDITOR']").click();
    browser.findAll("[id='access:organisations'] input[type=checkbox]").get(0).click();
    browser.submit("[id='access:save']");
    assertThat(browser.text("#messages")).contains("Roles and organisations saved");
    assertThat(browser.find("input[type=checkbox][value='EDITOR']").isSelected()).isTrue();

    browser.find("[id='status:disable']").click();
    browser.waitFor("[id='status:confirmYes']");
    browser.submit("[id='status:confirmYes']");
    assertThat(browser.text("#account-status")).isEqualTo("Disabled");
    LoginPage.signOut(browser);

    LoginPage login = new LoginPage(browser).open();
    login.signIn(email, PASSWORD);
    assertThat(login.messages()).contains("This account has been disabled");
  }

  @Test
  void anAdministratorAddsAnOrganisationAndADuplicateIsRefused() {
    signInAsAdministrator();
    String name = "Demo College of Paramedicine " + UUID.randomUUID().toString().substring(0, 6);
    browser.open("/admin/organisations");
    browser.type("[id='organisation:organisationName']", name);
    browser.choose("[id='organisation:organisationKind']", "Royal college");
    browser.submit("[id='organisation:add']");
    assertThat(browser.text("#messages")).contains("Organisation added");
    assertThat(browser.text("[id='organisations']")).contains(name);

    browser.type("[id='organisation:organisationName']", name);
    browser.choose("[id='organisation:organisationKind']", "Trust");
    browser.submit("[id='organisation:add']");
    assertThat(browser.fieldError("organisation:organisationName")).contains("already exists");
    long copies =
        browser.findAll("[id='organisations'] td").stream()
            .filter(td -> td.getText().equals(name))
            .count();
    assertThat(copies).isEqualTo(1);
  }

  @Test
  void aLearnerIsRefusedTheAdministrationPages() {
    String email = "learner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    new RegisterPage(browser).open().register(email, "Sam Lee", "Care worker", PASSWORD);
    new TestAccounts(browser).confirmFromOutbox(email);

    new LoginPage(browser).open().signIn(email, PASSWORD);
    assertThat(browser.path()).isEqualTo("/me");
    assertThat(browser.findAll("a[href$='/admin']"))
        .as("no Administration link for a learner")
        .isEmpty();
    browser.open("/admin");
    assertThat(browser.text("h1")).isEqualTo("Not allowed");
    browser.open("/admin/outbox");
    assertThat(browser.text("h1")).isEqualTo("Not allowed");
  }

  @Test
  void theAdministratorsApiCreatesVerifiedAccountsAndRefusesEveryoneElse() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String email = "onboard-" + run + "@example.org";
    String request =
        "{\"email\":\"%s\",\"password\":\"%s\",\"displayName\":\"Ola Onboarded\","
            + "\"profession\":\"MIDWIFE\",\"roles\":[\"LEARNER\",\"EDITOR\"],"
            + "\"organisations\":[\"college-of-whole-person-care-demo\"]}";
    ApiSession admin =
        ApiSession.signedIn(
            base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));

    assertThat(
            ApiSession.anonymous(base)
                .postJson("/api/v1/admin/accounts", request.formatted(email, PASSWORD))
                .statusCode())
        .isEqualTo(401);
    var weak = admin.postJson("/api/v1/admin/accounts", request.formatted(email, "short"));
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("\"password\"");
    assertThat(
            admin
                .postJson(
                    "/api/v1/admin/accounts",
                    request.formatted(email, PASSWORD).replace("EDITOR", "EMPEROR"))
                .statusCode())
        .isEqualTo(400);

    assertThat(
            admin
                .postJson("/api/v1/admin/accounts", request.formatted(email, PASSWORD))
                .statusCode())
        .isEqualTo(201);
    var again = admin.postJson("/api/v1/admin/accounts", request.formatted(email, PASSWORD));
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("email.taken");

    // The new account signs in at once (already verified) with its roles, and cannot do the same.
    ApiSession onboarded = ApiSession.signedIn(base, email, PASSWORD);
    assertThat(
            onboarded
                .postJson("/api/v1/admin/accounts", request.formatted("other-" + email, PASSWORD))
                .statusCode())
        .isEqualTo(403);
    new LoginPage(browser).open().signIn(email, PASSWORD);
    assertThat(browser.text("#me-roles")).contains("EDITOR");
    assertThat(browser.pageText()).contains("College of Whole-Person Care (demo)");
  }
}
