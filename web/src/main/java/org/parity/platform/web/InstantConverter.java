package org.parity.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows a moment as people in the UK read it: "25 Nov 2026, 14:05", in UK time. Output only. */
@FacesConverter("parity.instant")
public class InstantConverter implements Converter<Instant> {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    // Only output components (h:outputText) use it, and they never convert a value back.
    throw new UnsupportedOperationException("Shown, never entered");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    if (value == null) {
      return "";
    }
    return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", context.getViewRoot().getLocale())
        .withZone(UK)
        .format(value);
  }
}
