package org.parity.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.parity.browser.Browser;

/**
 * Makes the people a browser test needs the way Parity's users do: register, confirm by the link in
 * the outbox, and have the first administrator give roles and an organisation on /admin.
 */
public final class TestAccounts {

  private final Browser browser;

  public TestAccounts(Browser browser) {
    this.browser = browser;
  }

  public void signInAsAdministrator() {
    new LoginPage(browser)
        .open()
        .signIn(System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    assertThat(browser.path()).isEqualTo("/me");
  }

  /**
   * The confirmation link Parity mailed to this address, read from /admin/outbox (as
   * administrator).
   */
  public String outboxLink(String email) {
    browser.open("/admin/outbox");
    return browser.findAll("a.outbox-link").stream()
        .filter(a -> a.getAttribute("textContent").contains(email))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No mail to " + email + " in the outbox"))
        .getAttribute("href");
  }

  /**
   * Confirms a registered address the way a newcomer without a mail server does: from the outbox.
   */
  public void confirmFromOutbox(String email) {
    signInAsAdministrator();
    String link = outboxLink(email);
    LoginPage.signOut(browser);
    browser.driver().get(link);
    browser.submit("[id='verify:confirm']");
  }

  /** A confirmed account with these roles, belonging to the organisation; ends signed out. */
  public void create(
      String email, String name, String password, List<String> roles, String organisation) {
    create(email, name, "GP", password, roles, organisation);
  }

  /** An account of the given profession (as the register form names it), verified, with roles. */
  public void create(
      String email,
      String name,
      String profession,
      String password,
      List<String> roles,
      String organisation) {
    new RegisterPage(browser).open().register(email, name, profession, password);
    signInAsAdministrator();
    String link = outboxLink(email);
    browser.open("/admin");
    browser.type("[id='accounts:query']", email);
    browser.submit("[id='accounts:search']");
    browser.submit("a[aria-label='Manage " + email + "']");
    for (String role : roles) {
      if (!browser.find("input[type=checkbox][value='" + role + "']").isSelected()) {
        browser.find("input[type=checkbox][value='" + role + "']").click();
      }
    }
    browser.findAll("[id='access:organisations'] label").stream()
        .filter(label -> label.getText().equals(organisation))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No organisation " + organisation))
        .click();
    browser.submit("[id='access:save']");
    assertThat(browser.text("#messages")).contains("Roles and organisations saved");
    LoginPage.signOut(browser);
    browser.driver().get(link);
    browser.submit("[id='verify:confirm']");
  }
}
