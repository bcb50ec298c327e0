package org.parity.browser.pages;

import org.parity.browser.Browser;

/** /register. */
public class RegisterPage {

  private final Browser browser;

  public RegisterPage(Browser browser) {
    this.browser = browser;
  }

  public RegisterPage open() {
    browser.open("/register");
    return this;
  }

  public RegisterPage register(String email, String name, String profession, String password) {
    browser.type("[id='register:email']", email);
    browser.type("[id='register:displayName']", name);
    browser.choose("[id='register:profession']", profession);
    browser.type("[id='register:password']", password);
    browser.submit("[id='register:submit']");
    return this;
  }

  public boolean isDone() {
    return !browser.findAll("#registered").isEmpty();
  }

  public String confirmation() {
    return browser.text("#registered");
  }

  public String errorBeside(String field) {
    return browser.fieldError("register:" + field);
  }
}
