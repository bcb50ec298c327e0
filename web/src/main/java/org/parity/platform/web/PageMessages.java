package org.parity.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;

/**
 * Puts messages from Parity's bundle, in the reader's language, at the top of the page or by a
 * field.
 */
@RequestScoped
public class PageMessages {

  private static final String BUNDLE = "org.parity.web.messages";

  @Inject LocaleSelection locale;

  public String text(String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale.getLocale());
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale.getLocale()).format(args);
  }

  public void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /** An error beside one field; {@code clientId} is the field's id as rendered (form:field). */
  public void fieldError(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /** Each refused field's message beside it, and a summary at the top. */
  public void fieldErrors(String formId, Map<String, String> errors) {
    errors.forEach((field, key) -> fieldError(formId + ":" + field, key));
    error("input.invalid");
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * A step out of turn, said in the reader's language when it has a message key (the English
   * message otherwise).
   */
  public void refused(OutOfTurn refusal) {
    if (refusal.key() != null) {
      error(refusal.key(), refusal.arguments());
    } else {
      error("refused", refusal.getMessage());
    }
  }

  /**
   * Runs one change a page asks for and says how it went: {@code done} at the top when it worked
   * (none if null); a refused field beside itself ({@code form}:field), a step out of turn or a
   * refusal at the top. Answers whether it worked.
   */
  public boolean attempt(Runnable change, String done, String form) {
    try {
      change.run();
      if (done != null) {
        info(done);
      }
      return true;
    } catch (InvalidInput refusal) {
      fieldErrors(form, refusal.fieldErrors());
    } catch (OutOfTurn refusal) {
      refused(refusal);
    } catch (EJBAccessException notAllowed) {
      error("error.403.text");
    }
    return false;
  }

  /** Keeps messages across the redirect that follows a successful form. */
  public void keepForNextPage() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
