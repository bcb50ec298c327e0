package org.parity.network.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * The event form a facilitator is filling in. It lives as long as the page view because speakers
 * are added and removed before it is sent; the event pages themselves are request-scoped, and only
 * a facilitator's form creates this bean (so a reader costs no session).
 */
@Named
@ViewScoped
public class EventDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private EventForm form;

  /** The form in progress, or a new one from {@code initial} when the view has none yet. */
  public EventForm form(Supplier<EventForm> initial) {
    if (form == null) {
      form = initial.get();
    }
    return form;
  }
}
