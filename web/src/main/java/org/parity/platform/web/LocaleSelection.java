package org.parity.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language a page is shown in: the one the reader chose with the switch (kept in a cookie by
 * {@link LanguageChoiceFilter}), else the best match for the browser's languages.
 */
@Named
@RequestScoped
public class LocaleSelection {

  public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
  public static final Locale WELSH = Locale.forLanguageTag("cy");

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Object chosen = faces.getExternalContext().getRequestMap().get(LanguageChoiceFilter.CHOSEN);
      locale =
          chosen instanceof Locale choice
              ? choice
              : faces.getApplication().getViewHandler().calculateLocale(faces);
      if (!"cy".equals(locale.getLanguage())) {
        locale = ENGLISH;
      }
    }
    return locale;
  }

  public String getLanguageTag() {
    return getLocale().toLanguageTag();
  }

  public boolean isWelsh() {
    return "cy".equals(getLocale().getLanguage());
  }

  /** The current address with {@code lang} set, so switching keeps the reader on the same page. */
  public String switchTo(String language) {
    String address =
        PageAddress.browserAddress(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    int question = address.indexOf('?');
    String path = question < 0 ? address : address.substring(0, question);
    String query = question < 0 ? "" : address.substring(question + 1);
    String kept =
        java.util.Arrays.stream(query.split("&"))
            .filter(part -> !part.isEmpty() && !part.startsWith("lang="))
            .reduce("", (a, b) -> a + b + "&");
    return path + "?" + kept + "lang=" + language;
  }
}
