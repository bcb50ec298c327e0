package org.parity.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.parity.identity.application.AccountSettingsService;
import org.parity.platform.web.PageAddress;

/** "Sign out everywhere" on the security page (the header's button posts to SignOutAddress). */
@Named
@RequestScoped
public class SignOut {

  @Inject AccountSettingsService settings;

  /** Ends every session of the account, on every device, this one included. */
  public void everywhere() throws ServletException {
    settings.signOutEverywhere();
    SignOutAddress.end(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    PageAddress.redirect("/login?everywhere=true");
  }
}
