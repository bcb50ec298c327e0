package org.parity.network.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parity.network.application.EventReading;
import org.parity.network.application.EventViews.EventList;
import org.parity.network.application.EventViews.EventSummary;

/** The events part of a network's page: the next event to come, and how many there are. */
@Named
@RequestScoped
public class NetworkEventTeaser {

  @Inject EventReading service;

  private String slug;
  private EventList events;
  private boolean readable;

  private void load(String networkSlug) {
    if (networkSlug != null && networkSlug.equals(slug)) {
      return;
    }
    slug = networkSlug;
    try {
      events = service.events(networkSlug, 1);
      readable = true;
    } catch (EJBAccessException e) {
      events = null;
      readable = false;
    }
  }

  /** Whether the reader may see the network's events (a closed network's are for members). */
  public boolean readable(String networkSlug) {
    load(networkSlug);
    return readable;
  }

  /** The next event that is not cancelled, or null. */
  public EventSummary next(String networkSlug) {
    load(networkSlug);
    return events == null
        ? null
        : events.upcoming().stream().filter(e -> !e.cancelled()).findFirst().orElse(null);
  }

  /** Events to come, cancelled ones included. */
  public long upcoming(String networkSlug) {
    load(networkSlug);
    return events == null ? 0 : events.upcoming().size() + events.moreUpcoming();
  }
}
