package org.parity.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.parity.identity.application.AccountSettingsService;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageMessages;

/** The /me/password page. */
@Named
@RequestScoped
public class PasswordChange {

  @Inject AccountSettingsService settings;
  @Inject PageMessages messages;

  private String currentPassword;
  private String newPassword;

  public void submit() {
    try {
      int generation = settings.changeMyPassword(currentPassword, newPassword);
      carryOn(generation);
      messages.info("passwordChange.done");
    } catch (InvalidInput refused) {
      messages.fieldErrors("password", refused.fieldErrors());
    }
    currentPassword = null;
    newPassword = null;
  }

  /** Every other session just ended; this one carries on, under a new id. */
  private static void carryOn(int generation) {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    SignedInSession.of(request)
        .ifPresent(signedIn -> signedIn.renewedAs(generation).keepIn(request.getSession()));
    request.changeSessionId();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
