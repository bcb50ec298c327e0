package org.parity.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/** The header's sign-out button (a POST, so no link can sign anyone out). */
@Named
@RequestScoped
public class SignOut {

  @Inject PageMessages messages;

  public void submit() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    PageAddress.redirect("/login?signedOut=true");
  }
}
