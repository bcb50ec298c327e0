package org.parity.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
      settings.changeMyPassword(currentPassword, newPassword);
      messages.info("passwordChange.done");
    } catch (InvalidInput refused) {
      messages.fieldErrors("password", refused.fieldErrors());
    }
    currentPassword = null;
    newPassword = null;
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
