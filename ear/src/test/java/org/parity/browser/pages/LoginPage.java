package org.parity.browser.pages;

import org.parity.browser.Browser;

/** /login. */
public class LoginPage {

  private final Browser browser;

  public LoginPage(Browser browser) {
    this.browser = browser;
  }

  public LoginPage open() {
    browser.open("/login");
    return this;
  }

  /** Signs in; the browser is then on whatever page Parity sent it to. */
  public void signIn(String email, String password) {
    browser.type("[id='login:email']", email);
    browser.type("[id='login:password']", password);
    browser.submit("[id='login:submit']");
  }

  /**
   * Signs in through the organisation's provider: its button, the provider's own sign-in page
   * (Keycloak's), and back. The browser is then on whatever page Parity sent it to.
   */
  public void signInThroughOrganisation(String username, String password) {
    goToOrganisation();
    browser.type("#username", username);
    browser.type("#password", password);
    browser.leaveBy("#kc-login");
    browser.checkPage();
  }

  /**
   * The organisation's button: the browser is then at the provider (or back, if still signed in
   * there).
   */
  public void goToOrganisation() {
    browser.leaveBy("#organisation-sign-in");
  }

  public String organisationRefusal() {
    return browser.findAll("#organisation-refusal").isEmpty()
        ? ""
        : browser.text("#organisation-refusal");
  }

  public String messages() {
    return browser.findAll("#messages").isEmpty() ? "" : browser.text("#messages");
  }

  public static void signOut(Browser browser) {
    browser.submit("[id='signOut:submit']");
  }
}
