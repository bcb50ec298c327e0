package org.parity.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parity.identity.application.PasswordResetService;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/** The /forgot-password page. */
@Named
@RequestScoped
public class ForgottenPassword {

  @Inject PasswordResetService resets;
  @Inject PageMessages messages;

  private String email;

  public void submit() {
    resets.requestReset(email, PageAddress.base());
    messages.info("forgot.sent", email.trim());
    email = null;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
