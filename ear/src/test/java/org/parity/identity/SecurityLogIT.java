package org.parity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.ApiSession;
import org.parity.browser.BrowserTest;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * The security log records sign-ins (and failures), resets, role changes and disabling, and an
 * administrator reads it at /admin/audit, filtered, and as CSV; nobody else can.
 */
class SecurityLogIT extends BrowserTest {

  private static final String PASSWORD = "copper lagoon thimble 36";

  @Test
  void whatHappensToAnAccountIsLoggedAndOnlyAdministratorsReadIt() throws Exception {
    String email = "logged-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    new TestAccounts(browser)
        .create(email, "Lou Logged", PASSWORD, List.of(), "College of Whole-Person Care (demo)");
    LoginPage login = new LoginPage(browser).open();
    login.signIn(email, "not the password at all");
    assertThat(login.messages()).contains("not right");
    login.signIn(email, PASSWORD);
    assertThat(browser.path()).isEqualTo("/me");
    browser.open("/admin/audit");
    assertThat(browser.text("h1")).as("a learner may not read the log").isEqualTo("Not allowed");
    assertThat(
            ApiSession.signedIn(base, email, PASSWORD).get("/api/v1/admin/audit.csv").statusCode())
        .isEqualTo(403);
    LoginPage.signOut(browser);

    assertThat(browser.path()).as("signed out from the refusal page").isEqualTo("/login");

    new TestAccounts(browser).signInAsAdministrator();
    browser.open("/admin");
    assertThat(browser.findAll("[id='accounts:query']")).as(browser.pageText()).isNotEmpty();
    browser.type("[id='accounts:query']", email);
    browser.submit("[id='accounts:search']");
    browser.submit("a[aria-label='Manage " + email + "']");
    browser.find("input[type=checkbox][value='EDITOR']").click();
    browser.submit("[id='access:save']");
    assertThat(browser.text("#messages")).contains("Roles and organisations saved");

    browser.open("/admin/audit");
    browser.type("#audit-q", email);
    browser.submit("#audit-filter");
    String log = browser.text("#audit-table");
    assertThat(log)
        .contains("Account created by an administrator")
        .contains("Sign-in failed")
        .contains("Signed in")
        .contains("Roles or organisations changed")
        .contains("EDITOR")
        .doesNotContain("not the password at all")
        .doesNotContain(PASSWORD);
    assertThat(browser.findAll("#audit-table tbody tr")).hasSizeGreaterThanOrEqualTo(4);

    browser.choose("#audit-kind", "Sign-in failed");
    browser.submit("#audit-filter");
    assertThat(browser.findAll("#audit-table tbody tr")).hasSize(1);
    assertThat(browser.url()).contains("kind=SIGN_IN_FAILED");

    browser.open("/admin/audit?from=2026-12-31&to=2026-01-01");
    assertThat(browser.fieldError("audit-to")).contains("must not come before");
    assertThat(browser.findAll("#audit-table")).isEmpty();

    ApiSession admin =
        ApiSession.signedIn(
            base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    HttpResponse<String> csv =
        admin.get("/api/v1/admin/audit.csv?q=" + java.net.URLEncoder.encode(email, "UTF-8"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("When (UTC),What,By,Account or address,From,Detail")
        .contains("SIGN_IN_FAILED," + ",")
        .contains("ACCESS_CHANGED," + System.getProperty("it.admin.email") + "," + email)
        .doesNotContain(PASSWORD);
  }
}
