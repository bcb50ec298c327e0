package org.parity.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parity.network.application.MailPreferenceService;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /unsubscribe/{token}, from the link in every discussion mail: no sign-in, mail off as
 * soon as it opens, and a button to turn it back on. A token nobody was given answers 404. Read
 * from its address on every request (the button posts back to it), so it costs no session.
 */
@Named
@RequestScoped
public class Unsubscribe {

  @Inject MailPreferenceService preferences;
  @Inject PageMessages messages;

  private String token;
  private String choice;

  /** The token from the address; on the button's postback, the choice it stands for now. */
  @PostConstruct
  void readAddress() {
    token = PageAddress.parameter("token");
    if (FacesContext.getCurrentInstance().isPostback()) {
      choice = preferences.choice(token).orElse(null);
    }
  }

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
}
