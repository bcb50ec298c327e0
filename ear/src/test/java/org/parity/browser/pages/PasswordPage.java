package org.parity.browser.pages;

import org.parity.browser.Browser;

/** /me/password: a new password, given the current one. */
public class PasswordPage {

  private final Browser browser;

  public PasswordPage(Browser browser) {
    this.browser = browser;
  }

  public PasswordPage open() {
    browser.open("/me/password");
    return this;
  }

  public PasswordPage change(String current, String newPassword) {
    browser.type("[id='password:currentPassword']", current);
    browser.type("[id='password:newPassword']", newPassword);
    browser.submit("[id='password:submit']");
    return this;
  }

  /** What is said beside the current password, if anything. */
  public String currentPasswordError() {
    return browser.fieldError("password:currentPassword");
  }
}
