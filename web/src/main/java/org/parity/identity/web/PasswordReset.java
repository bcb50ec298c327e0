package org.parity.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.parity.identity.application.PasswordResetService;
import org.parity.identity.domain.TokenNotUsableException;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/** The /reset-password page that the emailed link opens. */
@Named
@RequestScoped
public class PasswordReset {

  @Inject PasswordResetService resets;
  @Inject PageMessages messages;

  private String token;

  /** The token comes with the address, on the page view and on the form's postback to it. */
  @PostConstruct
  void readAddress() {
    token = PageAddress.parameter("token");
  }

  private String password;
  private String confirmation;
  private Boolean usable;

  public boolean isUsable() {
    if (usable == null) {
      usable = resets.isUsable(token);
    }
    return usable;
  }

  public void submit() {
    if (!Objects.equals(password, confirmation)) {
      messages.fieldErrors("reset", java.util.Map.of("confirmation", "password.mismatch"));
      return;
    }
    try {
      resets.reset(token, password);
      messages.info("reset.done");
      messages.keepForNextPage();
      PageAddress.redirect("/login");
    } catch (InvalidInput refused) {
      messages.fieldErrors("reset", refused.fieldErrors());
    } catch (TokenNotUsableException e) {
      usable = false;
      messages.error("reset.invalid");
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
