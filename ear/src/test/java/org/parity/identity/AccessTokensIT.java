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
 * Personal access tokens: made on /me/security (shown once), used by a script as "Authorization:
 * Bearer" with no session and no cross-site checks, a read token only reading, revoked at once.
 */
class AccessTokensIT extends BrowserTest {

  private static final String PASSWORD = "beacon quarry lantern 64";
  private static final String NETWORK =
      "/api/v1/networks/integrating-physical-and-mental-health-care";

  private String createToken(String name, String scope) {
    browser.type("[id='tokens:tokenName']", name);
    browser.choose("[id='tokens:tokenScope']", scope);
    browser.submit("[id='tokens:create']");
    assertThat(browser.text("#messages")).contains("Copy it now");
    return browser.text("#new-token");
  }

  @Test
  void aScriptActsWithItsTokenWithinItsScopeUntilItIsRevoked() throws Exception {
    String email = "scripted-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    new TestAccounts(browser)
        .create(email, "Sam Script", PASSWORD, List.of(), "College of Whole-Person Care (demo)");
    new LoginPage(browser).open().signIn(email, PASSWORD);
    browser.open("/me/security");
    assertThat(browser.text("#no-tokens")).isNotBlank();
    String reading = createToken("Reading script", "Read only");
    String writing = createToken("Writing script", "Read and write");
    assertThat(reading).startsWith("parity_").isNotEqualTo(writing);
    assertThat(browser.findAll("#token-table tbody tr")).hasSize(2);
    browser.open("/me/security");
    assertThat(browser.findAll("#new-token")).as("shown once").isEmpty();

    ApiSession script = ApiSession.anonymous(base);
    HttpResponse<String> read =
        script.raw("GET", "/api/v1/me/enrolments", null, "Authorization", "Bearer " + reading);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("Set-Cookie")).as("no session for a token").isEmpty();

    HttpResponse<String> refused =
        script.raw("POST", NETWORK + "/join", null, "Authorization", "Bearer " + reading);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("may only read");

    // A token is not a browser's ambient credential: no JSON body or Origin rule applies to it.
    HttpResponse<String> joined =
        script.raw(
            "POST",
            NETWORK + "/join",
            null,
            "Authorization",
            "Bearer " + writing,
            "Origin",
            "http://elsewhere.example");
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
    assertThat(joined.body()).contains("ACTIVE");

    assertThat(
            script
                .raw("GET", "/api/v1/me/enrolments", null, "Authorization", "Bearer parity_wrong")
                .statusCode())
        .isEqualTo(401);

    browser.find("[aria-label='Revoke: Reading script']").click();
    browser.waitFor("[id='tokenList:confirmYes']");
    browser.submit("[id='tokenList:confirmYes']");
    assertThat(browser.text("#messages")).contains("Token revoked");
    assertThat(browser.findAll("#token-table tbody tr")).hasSize(1);
    assertThat(
            script
                .raw("GET", "/api/v1/me/enrolments", null, "Authorization", "Bearer " + reading)
                .statusCode())
        .isEqualTo(401);
    assertThat(
            script
                .raw("GET", "/api/v1/me/enrolments", null, "Authorization", "Bearer " + writing)
                .statusCode())
        .isEqualTo(200);
  }
}
