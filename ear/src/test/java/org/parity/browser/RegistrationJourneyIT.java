package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.RegisterPage;

/**
 * A person registers, confirms their email from a real mail, signs in and out; and the ways it can
 * go wrong.
 */
class RegistrationJourneyIT extends MailedBrowserTest {

  private static final String PASSWORD = "meadow violin granite 58";

  private static String newEmail() {
    return "nurse-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  @Test
  void aNurseRegistersConfirmsHerEmailSignsInAndSignsOut() {
    String email = newEmail();
    RegisterPage register =
        new RegisterPage(browser)
            .open()
            .register(email, "Grace Okafor", "Mental health nurse", PASSWORD);
    assertThat(register.isDone()).isTrue();
    assertThat(register.confirmation()).contains(email);

    MimeMessage verification = MailLinks.awaitMail(mail, email, 1);
    String link = MailLinks.link(verification);
    assertThat(link).startsWith(base.toString().replaceAll("/$", "") + "/verify-email?token=");

    LoginPage login = new LoginPage(browser).open();
    login.signIn(email, PASSWORD);
    assertThat(login.messages()).contains("confirm your email address first");

    browser.driver().get(link);
    browser.checkPage();
    browser.submit("[id='verify:confirm']");
    assertThat(browser.path()).isEqualTo("/login");
    assertThat(browser.text("#messages")).contains(email).contains("confirmed");

    // A visitor has no session; one planted by someone else is never the one signed in.
    assertThat(browser.cookie("JSESSIONID")).isNull();
    String planted = "planted-by-someone-else";
    browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID", planted, "/"));
    login.signIn(email, PASSWORD);
    assertThat(browser.path()).isEqualTo("/me");
    assertThat(browser.text("#me-name")).isEqualTo("Grace Okafor");
    assertThat(browser.text("#me-roles")).contains("LEARNER").contains("MEMBER");
    assertThat(browser.cookie("JSESSIONID"))
        .as("a new session id at sign-in")
        .isNotNull()
        .isNotEqualTo(planted);

    LoginPage.signOut(browser);
    assertThat(browser.path()).isEqualTo("/login");
    assertThat(browser.pageText()).contains("You have signed out.");
    browser.open("/me");
    assertThat(browser.path()).as("signed out, /me asks to sign in").isEqualTo("/login");
  }

  @Test
  void registeringAKnownAddressLooksTheSameAndMailsItsOwnerInstead() throws Exception {
    String email = newEmail();
    new RegisterPage(browser).open().register(email, "First Person", "GP", PASSWORD);
    MailLinks.awaitMail(mail, email, 1);

    RegisterPage again =
        new RegisterPage(browser)
            .open()
            .register(email.toUpperCase(), "Second Person", "GP", PASSWORD);
    assertThat(again.isDone()).as("the same answer as for a new address").isTrue();
    assertThat(again.confirmation()).containsIgnoringCase(email);
    jakarta.mail.internet.MimeMessage notice = MailLinks.awaitMail(mail, email, 2);
    assertThat(notice.getSubject()).isEqualTo("Your Parity account");
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(notice))
        .contains("already has an account")
        .doesNotContain("token=");
    assertThat(MailLinks.to(mail, email)).as("no second verification link").hasSize(2);
  }

  @Test
  void aWeakPasswordIsRefusedBesideTheFieldAndCreatesNoAccount() {
    String email = newEmail();
    RegisterPage register =
        new RegisterPage(browser).open().register(email, "Tom Reyes", "Pharmacist", "password1234");
    assertThat(register.isDone()).isFalse();
    assertThat(register.errorBeside("password")).contains("easy to guess");

    register.open().register(email, "Tom Reyes", "Pharmacist", "short");
    assertThat(register.errorBeside("password")).contains("at least 12 characters");

    // Nothing was created: the same email registers cleanly with a good password.
    register.open().register(email, "Tom Reyes", "Pharmacist", PASSWORD);
    assertThat(register.isDone()).isTrue();
  }

  @Test
  void fiveWrongPasswordsInARowPauseSignInWithoutRevealingTheAccount() {
    String email = newEmail();
    new RegisterPage(browser).open().register(email, "Ravi Menon", "Psychiatrist", PASSWORD);
    browser.driver().get(MailLinks.link(MailLinks.awaitMail(mail, email, 1)));
    browser.submit("[id='verify:confirm']");

    LoginPage login = new LoginPage(browser).open();
    for (int attempt = 1; attempt <= 4; attempt++) {
      login.signIn(email, "not my password " + attempt);
      assertThat(login.messages()).contains("email address or password is not right");
    }
    login.signIn(email, "not my password 5");
    assertThat(login.messages()).contains("sign-in with this email address is paused until");
    login.signIn(email, PASSWORD);
    assertThat(browser.path()).isEqualTo("/login");
    assertThat(login.messages()).contains("paused");

    String nobody = newEmail();
    for (int attempt = 1; attempt <= 5; attempt++) {
      login.signIn(nobody, "not my password " + attempt);
    }
    assertThat(login.messages())
        .as("an unknown email pauses the same way")
        .contains("paused until");
  }
}
