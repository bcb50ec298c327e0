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

  public String messages() {
    return browser.findAll("#messages").isEmpty() ? "" : browser.text("#messages");
  }

  public static void signOut(Browser browser) {
    browser.submit("[id='signOut:submit']");
  }
}
