package org.parity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parity.browser.ApiSession;
import org.parity.browser.Browser;
import org.parity.browser.MailLinks;
import org.parity.browser.MailedBrowserTest;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Sessions end when rights change: rights are read afresh on every request, and a new password, a
 * disabled account, a role taken away or "sign out everywhere" ends the account's other sessions at
 * their next request. Checked with a second, independent session (an API client) beside the
 * browser.
 */
class SessionsIT extends MailedBrowserTest {

  private static final String PASSWORD = "quartz meadow violin 58";
  private static final String MINE = "/api/v1/me/enrolments";

  ApiSession admin;
  String email;

  @BeforeEach
  void anAccount() throws Exception {
    admin =
        ApiSession.signedIn(
            base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    email = "session-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  private void create(String address, String... extraRoles) throws Exception {
    JsonArrayBuilder roles = Json.createArrayBuilder().add("LEARNER").add("MEMBER");
    for (String role : extraRoles) {
      roles.add(role);
    }
    HttpResponse<String> created =
        admin.postJson(
            "/api/v1/admin/accounts",
            Json.createObjectBuilder()
                .add("email", address)
                .add("password", PASSWORD)
                .add("displayName", "Robin Ashe")
                .add("profession", "GP")
                .add("roles", roles)
                .add("organisations", Json.createArrayBuilder())
                .build()
                .toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  private void manageAsAdministrator(String address) {
    new TestAccounts(browser).signInAsAdministrator();
    browser.open("/admin");
    browser.type("[id='accounts:query']", address);
    browser.submit("[id='accounts:search']");
    browser.submit("a[aria-label='Manage " + address + "']");
  }

  @Test
  void aDemotedAdministratorsNextCallIsRefused() throws Exception {
    create(email, "ADMIN");
    ApiSession demoted = ApiSession.signedIn(base, email, PASSWORD);
    String made = "made-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    demoted.createAccount(made, PASSWORD, "Made By Robin");

    manageAsAdministrator(email);
    browser.find("input[type=checkbox][value='ADMIN']").click();
    browser.submit("[id='access:save']");
    assertThat(browser.text("#messages")).contains("Roles and organisations saved");

    String another = "another-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    HttpResponse<String> refused =
        demoted.postJson(
            "/api/v1/admin/accounts",
            "{\"email\":\""
                + another
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"displayName\":\"Nobody\",\"profession\":\"GP\",\"roles\":[\"ADMIN\"],"
                + "\"organisations\":[]}");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(demoted.get(MINE).statusCode())
        .as("losing a role ended the session: the next call is a visitor's")
        .isEqualTo(401);
    HttpResponse<String> again = ApiSession.signedIn(base, email, PASSWORD).get(MINE);
    assertThat(again.statusCode()).as("signing in again works, as a learner").isEqualTo(200);
  }

  @Test
  void aDisabledAccountsSessionsEndAtOnce() throws Exception {
    create(email);
    ApiSession elsewhere = ApiSession.signedIn(base, email, PASSWORD);
    assertThat(elsewhere.get(MINE).statusCode()).isEqualTo(200);

    manageAsAdministrator(email);
    browser.find("[id='status:disable']").click();
    browser.waitFor("[id='status:confirmYes']");
    browser.submit("[id='status:confirmYes']");
    assertThat(browser.text("#account-status")).isEqualTo("Disabled");

    assertThat(elsewhere.get(MINE).statusCode()).isEqualTo(401);
  }

  @Test
  void aPasswordResetEndsEverySessionAndEveryEarlierLink() throws Exception {
    create(email);
    ApiSession elsewhere = ApiSession.signedIn(base, email, PASSWORD);
    new LoginPage(browser).open().signIn(email, PASSWORD);
    assertThat(browser.path()).isEqualTo("/me");

    Browser resetter = new Browser(base);
    try {
      for (int i = 0; i < 2; i++) {
        resetter.open("/forgot-password");
        resetter.type("[id='forgot:email']", email);
        resetter.submit("[id='forgot:submit']");
      }
      String first = MailLinks.link(MailLinks.awaitMail(mail, email, 1));
      String second = MailLinks.link(MailLinks.awaitMail(mail, email, 2));
      assertThat(second).isNotEqualTo(first);

      resetter.driver().get(second);
      resetter.type("[id='reset:password']", "lichen meridian oboe 12");
      resetter.type("[id='reset:confirmation']", "lichen meridian oboe 12");
      resetter.submit("[id='reset:submit']");
      assertThat(resetter.text("#messages")).contains("Your password has been changed");

      resetter.driver().get(first);
      resetter.checkPage();
      assertThat(resetter.pageText())
          .as("the earlier link died with the reset")
          .contains("expired or has already been used");
    } finally {
      resetter.close();
    }

    assertThat(elsewhere.get(MINE).statusCode()).isEqualTo(401);
    browser.open("/me");
    assertThat(browser.path()).as("the browser's session ended too").isEqualTo("/login");
    assertThat(GreenMailUtil.getBody(MailLinks.awaitMail(mail, email, 3)))
        .contains("password of your Parity account has just been changed");
  }

  @Test
  void changingMyPasswordEndsMyOtherSessionsButNotThisOne() throws Exception {
    create(email);
    ApiSession elsewhere = ApiSession.signedIn(base, email, PASSWORD);
    new LoginPage(browser).open().signIn(email, PASSWORD);
    browser.open("/me/password");
    browser.type("[id='password:currentPassword']", PASSWORD);
    browser.type("[id='password:newPassword']", "river cobalt lantern 64");
    browser.submit("[id='password:submit']");
    assertThat(browser.text("#messages")).contains("Your password has been changed");

    browser.open("/me");
    assertThat(browser.path()).isEqualTo("/me");
    assertThat(elsewhere.get(MINE).statusCode()).isEqualTo(401);
    assertThat(GreenMailUtil.getBody(MailLinks.awaitMail(mail, email, 1)))
        .contains("password of your Parity account has just been changed");
  }

  @Test
  void signingOutEverywhereEndsEverySession() throws Exception {
    create(email);
    ApiSession elsewhere = ApiSession.signedIn(base, email, PASSWORD);
    new LoginPage(browser).open().signIn(email, PASSWORD);
    browser.find("[id='everywhere:submit']").click();
    browser.waitFor("[id='everywhere:confirmYes']");
    browser.submit("[id='everywhere:confirmYes']");
    assertThat(browser.path()).isEqualTo("/login");
    assertThat(browser.pageText()).contains("signed out on every device");

    assertThat(elsewhere.get(MINE).statusCode()).isEqualTo(401);
    browser.open("/me");
    assertThat(browser.path()).isEqualTo("/login");
  }

  @Test
  void signingInReturnsToThePageThatAskedButNeverToAnotherSite() throws Exception {
    create(email);
    browser.open("/me/cpd");
    assertThat(browser.path()).isEqualTo("/login");
    new LoginPage(browser).signIn(email, PASSWORD);
    assertThat(browser.path()).isEqualTo("/me/cpd");

    LoginPage.signOut(browser);
    browser.open("/login?next=//evil.example/me");
    new LoginPage(browser).signIn(email, PASSWORD);
    assertThat(browser.url()).startsWith(browser.base());
    assertThat(browser.path()).isEqualTo("/me");
  }
}
