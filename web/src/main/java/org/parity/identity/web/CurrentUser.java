package org.parity.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parity.identity.application.AccountSettingsService;
import org.parity.identity.application.AccountView;

/** Who is reading the page, for the header and pages that greet them. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject AccountSettingsService settings;
  private AccountView account;
  private String displayName;

  public boolean isSignedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
  }

  public boolean isAdmin() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
  }

  /** Editors and publishers see the studio. */
  public boolean isAuthor() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("EDITOR") || external.isUserInRole("PUBLISHER");
  }

  /** Editors, facilitators and administrators review submitted case studies. */
  public boolean isReviewer() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("EDITOR")
        || external.isUserInRole("FACILITATOR")
        || external.isUserInRole("ADMIN");
  }

  public AccountView getAccount() {
    if (account == null && isSignedIn()) {
      account = settings.myAccount();
    }
    return account;
  }

  /** The header's name: read with the caller's standing as they were signed in this request. */
  public String getDisplayName() {
    if (displayName == null) {
      Object known =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestMap()
              .get(SessionAuthentication.DISPLAY_NAME);
      displayName =
          account != null
              ? account.getDisplayName()
              : known instanceof String name ? name : isSignedIn() ? settings.myDisplayName() : "";
    }
    return displayName;
  }

  /** After the person renames themselves: the rest of this request shows the new name. */
  public void forget() {
    account = null;
    displayName = null;
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestMap()
        .remove(SessionAuthentication.DISPLAY_NAME);
  }
}
