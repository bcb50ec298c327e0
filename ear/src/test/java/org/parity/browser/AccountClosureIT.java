package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Closing an account. A learner asks on /me/close (typing their address, or being told to), is
 * mailed the day it closes, sees it on /me, and keeps the account after all. An administrator
 * acting on a request received elsewhere erases a member at once: they can no longer sign in, their
 * certificate still verifies as a former member's, their post shows as removed at their request,
 * search no longer finds its words, and the audit log keeps the reason.
 */
class AccountClosureIT extends MailedBrowserTest {

  private static final String PASSWORD = "harbour violet kettle 61";
  private static final String STARTER = "integrating-physical-and-mental-health-care";

  @Test
  void aLearnerTakesTheirDataAndCredentialThenAsksToCloseTheirAccount() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String publisher = "journey-pub-" + run + "@example.org";
    String email = "closing-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(
        publisher, "Pip Journey", PASSWORD, List.of("EDITOR", "PUBLISHER"), TestContent.COLLEGE);
    accounts.create(email, "Cai Closing " + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    TestContent content = new TestContent(ApiSession.signedIn(base, publisher, PASSWORD));
    content.publishSmallCurriculum("journey-" + run, "Moving on " + run);
    LearnerApi learner = new LearnerApi(ApiSession.signedIn(base, email, PASSWORD));
    long enrolment = learner.complete("journey-" + run);
    String code =
        learner
            .player(enrolment)
            .getJsonArray("modules")
            .getJsonObject(0)
            .getString("certificateCode");

    // First a copy of everything, then the credential, which an employer can verify.
    new LoginPage(browser).open().signIn(email, PASSWORD);
    browser.open("/me");
    browser.submit("#data-link");
    browser.submit("[id='request:make']");
    browser.waitForText("#data-copies .copy-status", "Ready");
    String copy = browser.find(".copy-download").getAttribute("href");
    assertThat(browser.download(copy).statusCode()).isEqualTo(200);
    browser.open("/me");
    String credential =
        new String(
            browser
                .download(
                    browser
                        .find("a.certificate-credential[href*='" + code + "']")
                        .getAttribute("href"))
                .body(),
            java.nio.charset.StandardCharsets.UTF_8);
    browser.open("/credentials/" + code);
    browser.type("[id='verify:credential']", credential);
    browser.submit("[id='verify:check']");
    assertThat(browser.text("#credential-result")).contains("genuine");

    // Then they ask to close the account: they must type their own address.
    browser.open("/me");
    browser.submit("#close-link");
    assertThat(browser.path()).isEqualTo("/me/close");
    assertThat(browser.text("#closure-rules")).contains("Former member").contains("a week");
    browser.type("[id='close:confirmation']", "someone-else@example.org");
    askToClose();
    assertThat(browser.fieldError("close:confirmation")).contains("Type the email address");
    assertThat(browser.findAll("#closure-pending")).isEmpty();

    browser.type("[id='close:confirmation']", email.toUpperCase());
    browser.find("[id='close:removePosts']").click();
    askToClose();
    assertThat(browser.text("#closure-pending")).contains("due to close on");
    assertThat(browser.text("#closure-posts")).contains("will be removed");
    assertThat(mailAbout(email, "will close on")).contains("/me/close").contains("Keep my account");
    browser.open("/me");
    assertThat(browser.text("#closing-notice")).contains("due to close on");

    // They change their mind, then decide again: the account is due to close in a week.
    browser.open("/me/close");
    browser.submit("[id='keep:cancel']");
    assertThat(browser.text("#messages")).contains("stays open");
    assertThat(browser.findAll("#closure-pending")).isEmpty();
    assertThat(mailAbout(email, "stays open")).contains("nothing has been deleted");
    browser.open("/me");
    assertThat(browser.findAll("#closing-notice")).isEmpty();
    browser.submit("#close-link");
    browser.type("[id='close:confirmation']", email);
    askToClose();
    assertThat(browser.text("#closure-posts")).contains("will stay");
  }

  @Test
  void anAdministratorErasesAMemberOnARequestReceivedElsewhere() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String word = "qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String publisher = "close-pub-" + run + "@example.org";
    String email = "erased-" + run + "@example.org";
    String name = "Efa Erased " + run;
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(
        publisher, "Pip Publisher", PASSWORD, List.of("EDITOR", "PUBLISHER"), TestContent.COLLEGE);
    accounts.create(email, name, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    TestContent content = new TestContent(ApiSession.signedIn(base, publisher, PASSWORD));
    content.publishSmallCurriculum("closing-" + run, "Leaving well " + run);

    // The member completes a curriculum, and starts a discussion in the starter network.
    ApiSession member = ApiSession.signedIn(base, email, PASSWORD);
    LearnerApi learner = new LearnerApi(member);
    long enrolment = learner.complete("closing-" + run);
    String certificate =
        learner
            .player(enrolment)
            .getJsonArray("modules")
            .getJsonObject(0)
            .getString("certificateCode");
    String network = "/api/v1/networks/" + STARTER;
    assertThat(member.post(network + "/join").body()).contains("ACTIVE");
    HttpResponse<String> started =
        member.postJson(
            network + "/threads",
            "{\"category\":"
                + member.firstForumCategory(network)
                + ",\"title\":\"Leaving the practice "
                + run
                + "\",\"body\":\"We kept a "
                + word
                + " register of people with both conditions.\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long thread = LearnerApi.json(started).getJsonNumber("id").longValue();
    ApiSession admin =
        ApiSession.signedIn(
            base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    await().atMost(Duration.ofSeconds(20)).until(() -> threadsFound(admin, word) == 1);

    assertThat(member.get("/api/v1/me/enrolments").statusCode()).isEqualTo(200);

    // The administrator, asked by letter, erases the account: a reason is required.
    accounts.signInAsAdministrator();
    browser.open("/admin");
    browser.type("[id='accounts:query']", email);
    browser.submit("[id='accounts:search']");
    browser.submit("a[aria-label='Manage " + email + "']");
    String id = browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
    erase();
    assertThat(browser.fieldError("erase:reason")).contains("Give the reason");
    assertThat(browser.text("#account-status")).isNotEqualTo("Erased (former member)");
    browser.type("[id='erase:reason']", "Letter ref " + run);
    browser.find("[id='erase:removePosts']").click();
    erase();
    assertThat(browser.text("#messages")).contains("has been erased");
    assertThat(browser.text("#account-status")).isEqualTo("Erased (former member)");
    assertThat(browser.text("#account-name")).isEqualTo("Former member");
    assertThat(browser.findAll("[id='erase:eraseNow']")).as("nothing left to erase").isEmpty();

    browser.open("/admin/audit");
    browser.type("#audit-q", "former-member-" + id + "@erased.invalid");
    browser.submit("#audit-filter");
    assertThat(browser.text("#audit-table"))
        .contains("Account erased")
        .contains("Letter ref " + run)
        .doesNotContain(email);

    // Their words leave the thread and the index; the thread and its place stay.
    browser.open("/networks/" + STARTER + "/threads/" + thread);
    assertThat(browser.text(".post"))
        .contains("Former member")
        .contains("Removed at the author's request");
    assertThat(browser.pageText()).doesNotContain(word).doesNotContain(name);
    await().atMost(Duration.ofSeconds(20)).until(() -> threadsFound(admin, word) == 0);

    // The certificate still verifies, as a former member's.
    LoginPage.signOut(browser);
    browser.open("/certificates/" + certificate);
    assertThat(browser.text("#certificate-learner")).isEqualTo("Former member");

    // They cannot sign in, and their session has ended.
    assertThat(member.get("/api/v1/me/enrolments").statusCode()).isIn(401, 403);
    LoginPage login = new LoginPage(browser).open();
    login.signIn(email, PASSWORD);
    assertThat(browser.path()).isEqualTo("/login");
    assertThat(login.messages()).isNotBlank();
  }

  private void askToClose() {
    browser.find("[id='close:request']").click();
    browser.waitFor("[id='confirm:yes']");
    browser.submit("[id='confirm:yes']");
  }

  private void erase() {
    browser.find("[id='erase:eraseNow']").click();
    browser.waitFor("[id='status:confirmYes']");
    browser.submit("[id='status:confirmYes']");
  }

  private static int threadsFound(ApiSession session, String word) throws Exception {
    JsonObject found = LearnerApi.json(session.get("/api/v1/search?type=thread&q=" + word));
    return found.getInt("total");
  }

  /** The body of the mail to {@code address} whose subject says {@code subject}, once it comes. */
  private static String mailAbout(String address, String subject) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> MailLinks.to(mail, address).stream().anyMatch(m -> subject(m).contains(subject)));
    MimeMessage message =
        MailLinks.to(mail, address).stream()
            .filter(m -> subject(m).contains(subject))
            .findFirst()
            .orElseThrow();
    return com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", "");
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
