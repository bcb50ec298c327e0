package org.parity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.parity.browser.MailLinks;
import org.parity.browser.MailedBrowserTest;
import org.parity.browser.TotpCodeMaker;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * A person sets up a second factor on /me/security (QR code, a key to type, one code to prove it),
 * keeps ten recovery codes, and from then on signs in with password and code: a code from the wrong
 * time, or one already used, is refused; a recovery code works once.
 */
class SecondFactorIT extends MailedBrowserTest {

  private static final String PASSWORD = "granite willow beacon 73";

  @Test
  void aSecondFactorIsSetUpAndThenAskedForAtEverySignIn() throws Exception {
    String email = "twofactor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    new TestAccounts(browser)
        .create(email, "Tam Factor", PASSWORD, List.of(), "College of Whole-Person Care (demo)");
    new LoginPage(browser).open().signIn(email, PASSWORD);
    browser.submit("#security-link");
    assertThat(browser.text("#second-factor-status")).contains("Off");

    browser.submit("[id='enrol:begin']");
    assertThat(browser.find("#totp-qr").getAttribute("src")).startsWith("data:image/png;base64,");
    TotpCodeMaker phone = new TotpCodeMaker(browser.text("#totp-secret"));

    // A code from five minutes ago (a phone whose clock is off) does not turn it on.
    browser.type("[id='enrol:code']", phone.codeAt(Instant.now().minus(Duration.ofMinutes(5))));
    browser.submit("[id='enrol:confirm']");
    assertThat(browser.fieldError("enrol:code")).contains("not right");
    assertThat(browser.text("#second-factor-status")).contains("Off");

    browser.type("[id='enrol:code']", phone.codeAt(Instant.now()));
    browser.submit("[id='enrol:confirm']");
    assertThat(browser.text("#second-factor-status")).contains("On");
    List<String> recovery =
        browser.findAll("#recovery-codes code").stream().map(WebElement::getText).toList();
    assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
    assertThat(MailLinks.awaitMail(mail, email, 1).getSubject())
        .isEqualTo("Second factor turned on for Parity");

    // Signing in now asks for a code; the password alone signs no one in.
    LoginPage.signOut(browser);
    new LoginPage(browser).open().signIn(email, PASSWORD);
    assertThat(browser.path()).isEqualTo("/login/code");
    browser.open("/me");
    assertThat(browser.path()).as("not signed in by the password alone").isEqualTo("/login");

    new LoginPage(browser).open().signIn(email, PASSWORD);
    browser.type("[id='second:code']", phone.codeAt(Instant.now().minus(Duration.ofMinutes(3))));
    browser.submit("[id='second:submit']");
    assertThat(browser.fieldError("second:code")).contains("not right");
    browser.type("[id='second:code']", phone.codeAt(Instant.now().plus(Duration.ofSeconds(30))));
    browser.submit("[id='second:submit']");
    assertThat(browser.path())
        .as("a code from the next 30 seconds, for a clock a little ahead")
        .isEqualTo("/me");

    // A recovery code works once, instead of the phone.
    LoginPage.signOut(browser);
    new LoginPage(browser).open().signIn(email, PASSWORD);
    browser.type("[id='second:code']", recovery.get(0));
    browser.submit("[id='second:submit']");
    assertThat(browser.path()).isEqualTo("/me");
    LoginPage.signOut(browser);
    new LoginPage(browser).open().signIn(email, PASSWORD);
    browser.type("[id='second:code']", recovery.get(0));
    browser.submit("[id='second:submit']");
    assertThat(browser.fieldError("second:code")).contains("not right");
    browser.type("[id='second:code']", recovery.get(1));
    browser.submit("[id='second:submit']");
    assertThat(browser.path()).isEqualTo("/me");

    browser.open("/me/security");
    assertThat(browser.text("#codes-left")).contains("8");
  }
}
