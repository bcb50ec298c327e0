package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.PasswordPage;
import org.parity.browser.pages.RegisterPage;

/** A signed-up person edits their profile, changes their password, and recovers a forgotten one. */
class AccountSettingsIT extends MailedBrowserTest {

  private static final String PASSWORD = "pebble saffron tundra 31";

  String email;

  @BeforeEach
  void registerAndConfirm() {
    email = "gp-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    new RegisterPage(browser).open().register(email, "Dr Nia Hughes", "GP", PASSWORD);
    browser.driver().get(MailLinks.link(MailLinks.awaitMail(mail, email, 1)));
    browser.submit("[id='verify:confirm']");
  }

  @Test
  void aMemberEditsTheirProfile() {
    new LoginPage(browser).open().signIn(email, PASSWORD);
    browser.open("/me/profile");
    browser.type("[id='profile:displayName']", "Dr Nia Hughes-Evans");
    browser.choose("[id='profile:region']", "Wales");
    browser.type("[id='profile:registrationBody']", "GMC");
    browser.type("[id='profile:registrationNumber']", "7654321");
    browser.submit("[id='profile:save']");
    assertThat(browser.text("#messages")).contains("Your profile has been saved");
    // The header's name was read as the request began; the page that confirms shows the new one.
    assertThat(browser.find("#nav-me").getText()).isEqualTo("Dr Nia Hughes-Evans");

    browser.type("[id='profile:displayName']", " ");
    browser.submit("[id='profile:save']");
    assertThat(browser.fieldError("profile:displayName")).isNotBlank();

    browser.open("/me");
    assertThat(browser.text("#me-name")).isEqualTo("Dr Nia Hughes-Evans");
    assertThat(browser.find("#nav-me").getText()).isEqualTo("Dr Nia Hughes-Evans");
  }

  @Test
  void aMemberChangesTheirPasswordOnlyWithTheCurrentOne() {
    new LoginPage(browser).open().signIn(email, PASSWORD);
    PasswordPage page = new PasswordPage(browser).open();
    page.change("not the password", "river cobalt lantern 64");
    assertThat(page.currentPasswordError()).contains("not right");

    page.change(PASSWORD, "river cobalt lantern 64");
    assertThat(browser.text("#messages")).contains("Your password has been changed");

    LoginPage.signOut(browser);
    LoginPage login = new LoginPage(browser).open();
    login.signIn(email, PASSWORD);
    assertThat(login.messages()).contains("not right");
    login.signIn(email, "river cobalt lantern 64");
    assertThat(browser.path()).isEqualTo("/me");
  }

  @Test
  void guessingTheCurrentPasswordIsPausedLikeSigningIn() {
    new LoginPage(browser).open().signIn(email, PASSWORD);
    PasswordPage page = new PasswordPage(browser).open();
    for (int guess = 1; guess <= 5; guess++) {
      page.change("a guess number " + guess, "river cobalt lantern 64");
      assertThat(page.currentPasswordError()).contains("not right");
    }
    // Paused now, even for the right password: nothing changes.
    page.change(PASSWORD, "river cobalt lantern 64");
    assertThat(page.currentPasswordError()).contains("paused");
    LoginPage.signOut(browser);
    LoginPage login = new LoginPage(browser).open();
    login.signIn(email, "river cobalt lantern 64");
    assertThat(browser.path()).as("the password did not change").isEqualTo("/login");
  }

  @Test
  void aForgottenPasswordIsResetByAMailedLinkThatWorksOnce() {
    browser.open("/forgot-password");
    browser.type("[id='forgot:email']", email);
    browser.submit("[id='forgot:submit']");
    assertThat(browser.text("#messages")).contains("If an account exists for " + email);

    String link = MailLinks.link(MailLinks.awaitMail(mail, email, 2));
    assertThat(link).contains("/reset-password?token=");
    browser.driver().get(link);
    browser.checkPage();
    browser.type("[id='reset:password']", "lichen meridian oboe 12");
    browser.type("[id='reset:confirmation']", "lichen meridian oboe 13");
    browser.submit("[id='reset:submit']");
    assertThat(browser.fieldError("reset:confirmation")).contains("do not match");

    browser.type("[id='reset:password']", "lichen meridian oboe 12");
    browser.type("[id='reset:confirmation']", "lichen meridian oboe 12");
    browser.submit("[id='reset:submit']");
    assertThat(browser.path()).isEqualTo("/login");
    assertThat(browser.text("#messages")).contains("Your password has been changed");

    new LoginPage(browser).signIn(email, "lichen meridian oboe 12");
    assertThat(browser.path()).isEqualTo("/me");

    browser.driver().get(link);
    browser.checkPage();
    assertThat(browser.pageText()).contains("expired or has already been used");
  }
}
