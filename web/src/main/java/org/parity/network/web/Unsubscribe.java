package org.parity.network.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.parity.network.application.MailPreferenceService;
import org.parity.platform.web.PageMessages;

/**
 * The page /unsubscribe/{token}, from the link in every discussion mail: no sign-in, mail off as
 * soon as it opens, and a button to turn it back on. A token nobody was given answers 404.
 */
@Named
@ViewScoped
public class Unsubscribe implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient MailPreferenceService preferences;
  @Inject PageMessages messages;

  private String token;
  private String choice;

  public void load() {
    choice = preferences.unsubscribe(token).orElse(null);
    if (choice == null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  public void resubscribe() {
    choice = preferences.resubscribe(token).orElse(null);
    if (choice != null) {
      messages.info("notify.unsubscribe.back." + choice);
    }
  }

  public boolean isKnown() {
    return choice != null;
  }

  public boolean isOff() {
    return "NEVER".equals(choice);
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
