package org.parity.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.parity.identity.application.AccountSettingsService;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/** The header's sign-out button (a POST, so no link can sign anyone out). */
@Named
@RequestScoped
public class SignOut {

  @Inject PageMessages messages;
  @Inject AccountSettingsService settings;

  public void submit() throws ServletException {
    end();
    PageAddress.redirect("/login?signedOut=true");
  }

  /** Ends every session of the account, on every device, this one included. */
  public void everywhere() throws ServletException {
    settings.signOutEverywhere();
    end();
    PageAddress.redirect("/login?everywhere=true");
  }

  private static void end() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
  }
}
