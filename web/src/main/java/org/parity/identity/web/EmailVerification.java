package org.parity.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parity.identity.application.RegistrationService;
import org.parity.identity.domain.TokenNotUsableException;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The /verify-email page. Confirming takes a button press, not just opening the link: mail scanners
 * open links on their own, and must not use up the one-time token.
 */
@Named
@RequestScoped
public class EmailVerification {

  @Inject RegistrationService registration;
  @Inject PageMessages messages;

  private String token;

  /** The token comes with the address, on the page view and on the form's postback to it. */
  @PostConstruct
  void readAddress() {
    token = PageAddress.parameter("token");
  }

  private String email;
  private boolean failed;

  public void confirm() {
    try {
      String verified = registration.verifyEmail(token);
      messages.info("verify.success", verified);
      messages.keepForNextPage();
      PageAddress.redirect("/login");
    } catch (TokenNotUsableException e) {
      failed = true;
      messages.error("verify.failed");
    }
  }

  public void resend() {
    registration.resendVerification(email, PageAddress.base());
    messages.info("verify.resent");
    failed = false;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isFailed() {
    return failed;
  }
}
