package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * A certificate as an Open Badges 3.0 credential: the learner downloads it from /me, an employer
 * pastes it at /credentials/{code} and is told it is genuine (a changed copy is not), the
 * publisher's key is at the JWKS address, and once the publisher revokes the certificate the same
 * credential is reported revoked, on the page and through the API.
 */
class OpenBadgeIT extends BrowserTest {

  private static final String PASSWORD = "lantern meadow signal 47";

  @Test
  void aLearnersCredentialVerifiesUntilItsCertificateIsRevoked() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String publisher = "badge-pub-" + run + "@example.org";
    String email = "badge-" + run + "@example.org";
    String name = "Bethan Badge " + run;
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(
        publisher, "Pat Badges", PASSWORD, List.of("EDITOR", "PUBLISHER"), TestContent.COLLEGE);
    accounts.create(email, name, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    TestContent content = new TestContent(ApiSession.signedIn(base, publisher, PASSWORD));
    String curriculum = "badge-cur-" + run;
    content.publishSmallCurriculum(curriculum, "Breathing space " + run);
    LearnerApi learner = new LearnerApi(ApiSession.signedIn(base, email, PASSWORD));
    long enrolment = learner.complete(curriculum);
    JsonObject done = learner.player(enrolment);
    assertThat(done.getBoolean("completed")).isTrue();

    // The learner downloads the curriculum's credential from /me.
    new LoginPage(browser).open().signIn(email, PASSWORD);
    browser.open("/me");
    String code =
        browser.findAll("#certificates tbody tr").stream()
            .filter(row -> row.getText().contains("Breathing space " + run))
            .filter(row -> !row.getText().contains("(module)"))
            .findFirst()
            .orElseThrow()
            .findElement(org.openqa.selenium.By.cssSelector("td a[href*='/certificates/']"))
            .getText();
    String link =
        browser.find("a.certificate-credential[href*='" + code + "']").getAttribute("href");
    HttpResponse<byte[]> download = browser.download(link);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type").orElse("")).contains("vc+jwt");
    String credential = new String(download.body(), StandardCharsets.UTF_8).strip();
    String[] parts = credential.split("\\.");
    assertThat(parts).hasSize(3);
    JsonObject header = decode(parts[0]);
    JsonObject payload = decode(parts[1]);
    assertThat(header.getString("alg")).isEqualTo("ES256");
    assertThat(header.getString("typ")).isEqualTo("vc+jwt");
    assertThat(payload.getJsonArray("@context").getString(0))
        .isEqualTo("https://www.w3.org/ns/credentials/v2");
    assertThat(payload.getJsonArray("type").getString(1)).isEqualTo("OpenBadgeCredential");
    assertThat(payload.getString("id")).endsWith("/credentials/" + code);
    assertThat(payload.getJsonObject("issuer").getString("name")).isEqualTo(TestContent.COLLEGE);
    assertThat(
            payload
                .getJsonObject("credentialSubject")
                .getJsonObject("achievement")
                .getString("name"))
        .isEqualTo("Breathing space " + run);
    assertThat(parts[1]).as("no address in the clear").doesNotContain(email);
    assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
        .doesNotContain(email);

    // Nobody else may download it.
    ApiSession stranger =
        ApiSession.signedIn(
                base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"))
            .newAccount("Nosy Colleague", List.of(), List.of());
    assertThat(Browser.download(link, stranger.sessionCookie()).statusCode()).isIn(403, 404);

    // The publisher's key is published; the issuer's Profile names it.
    ApiSession anyone = ApiSession.anonymous(base);
    String jwks = anyone.get("/api/v1/credentials/jwks").body();
    assertThat(jwks).contains(header.getString("kid")).doesNotContain("\"d\"");
    String issuer = payload.getJsonObject("issuer").getString("id");
    assertThat(anyone.get(issuer.substring(issuer.indexOf("/api/v1"))).body())
        .contains(TestContent.COLLEGE);

    // An employer, not signed in, checks it at /credentials/{code}.
    LoginPage.signOut(browser);
    browser.open("/certificates/" + code);
    browser.submit("#credential-link");
    assertThat(browser.path()).isEqualTo("/credentials/" + code);
    check(credential);
    assertThat(browser.text("#credential-result")).contains("genuine");
    assertThat(browser.text("#credential-learner")).isEqualTo(name);
    assertThat(browser.text("#credential-issuer")).isEqualTo(TestContent.COLLEGE);

    String changed =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("Breathing space", "Consultant surgery")
                    .getBytes(StandardCharsets.UTF_8));
    check(parts[0] + "." + changed + "." + parts[2]);
    assertThat(browser.text("#credential-result")).contains("changed since it was signed");
    check("hello");
    assertThat(browser.text("#credential-result")).contains("not a credential");
    // Shown on another certificate's page, it says whose it is.
    String moduleCode = done.getJsonArray("modules").getJsonObject(0).getString("certificateCode");
    browser.open("/credentials/" + moduleCode);
    check(credential);
    assertThat(browser.text("#credential-other")).contains(code).contains(moduleCode);

    assertThat(verify(anyone, credential).containsKey("problem")).isFalse();

    // The publisher revokes the certificate: the credential now reports it.
    new LoginPage(browser).open().signIn(publisher, PASSWORD);
    browser.open("/studio/reports?c=" + curriculum);
    browser.type("[id='revoke:code']", code);
    browser.type("[id='revoke:reason']", "Issued in error " + run);
    browser.find("[id='revoke:submit']").click();
    browser.waitFor("[id='confirm:yes']");
    browser.ajaxClick("[id='confirm:yes']");
    assertThat(browser.text("#messages")).contains("has been revoked");
    assertThat(learner.session().get(link.substring(link.indexOf("/api/v1"))).statusCode())
        .as("a revoked certificate has no credential to take")
        .isEqualTo(409);
    JsonObject revoked = verify(anyone, credential);
    assertThat(revoked.getString("problem")).isEqualTo("REVOKED");
    assertThat(revoked.getString("revokedReason")).isEqualTo("Issued in error " + run);
    LoginPage.signOut(browser);
    browser.open("/credentials/" + code);
    check(credential);
    assertThat(browser.text("#credential-result"))
        .contains("has been revoked")
        .contains("Issued in error " + run);
  }

  private void check(String credential) {
    browser.type("[id='verify:credential']", credential);
    browser.submit("[id='verify:check']");
  }

  private static JsonObject verify(ApiSession session, String credential) throws Exception {
    HttpResponse<String> answer =
        session.postJson(
            "/api/v1/credentials/verify",
            Json.createObjectBuilder().add("credential", credential).build().toString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return LearnerApi.json(answer);
  }

  private static JsonObject decode(String part) {
    return Json.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))
        .readObject();
  }
}
