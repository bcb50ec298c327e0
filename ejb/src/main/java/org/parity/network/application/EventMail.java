package org.parity.network.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.parity.network.domain.EventRegistration;
import org.parity.network.domain.NetworkEvent;
import org.parity.platform.Configuration;
import org.parity.platform.mail.MailOutbox;

/**
 * What the events' services mail people whose place changes without their doing: a place come free,
 * a new time or place, a cancellation. Sent from the outbox after the change commits.
 */
@Dependent
public class EventMail {

  @Inject MailOutbox outbox;
  @Inject Configuration configuration;

  public void promotion(NetworkEvent event, EventRegistration r, String pageBase) {
    outbox.enqueue(
        r.getAccount().getEmail(),
        "You have a place: " + event.getTitle(),
        "Hello "
            + r.getAccount().getDisplayName()
            + ",\n\nA place has come free at \""
            + event.getTitle()
            + "\" ("
            + event.getNetwork().getName()
            + "), "
            + EventTimes.inWords(event)
            + ", and it is yours: you were first on the waiting list.\n\n"
            + "The event's page has the details and a calendar entry:\n\n"
            + pageUrl(event, pageBase)
            + "\n\nIf you can no longer come, please cancel there so the next person can have the"
            + " place.\n\nParity",
        pageUrl(event, pageBase));
  }

  public void change(NetworkEvent event, EventRegistration r, String pageBase) {
    outbox.enqueue(
        r.getAccount().getEmail(),
        "Changed: " + event.getTitle(),
        "Hello "
            + r.getAccount().getDisplayName()
            + ",\n\nThe facilitators of "
            + event.getNetwork().getName()
            + " have changed the time or place of \""
            + event.getTitle()
            + "\". It now takes place "
            + EventTimes.inWords(event)
            + (event.getVenue() == null ? ", online" : ", at " + event.getVenue())
            + ".\n\nThe event's page has the details and a new calendar entry:\n\n"
            + pageUrl(event, pageBase)
            + "\n\nParity",
        pageUrl(event, pageBase));
  }

  public void cancellation(NetworkEvent event, EventRegistration registration, String pageBase) {
    outbox.enqueue(
        registration.getAccount().getEmail(),
        "Cancelled: " + event.getTitle(),
        "Hello "
            + registration.getAccount().getDisplayName()
            + ",\n\nThe facilitators of "
            + event.getNetwork().getName()
            + " have cancelled \""
            + event.getTitle()
            + "\", which was to take place "
            + EventTimes.inWords(event)
            + ".\n\nThey wrote:\n\n"
            + event.getCancellationReason()
            + "\n\n"
            + (registration.hasPlace()
                ? "You had a place; there is nothing more you need to do."
                : "You were on the waiting list; there is nothing more you need to do.")
            + "\n\nParity",
        pageUrl(event, pageBase));
  }

  /** The event's page, as a link in mail and calendars. */
  public String pageUrl(NetworkEvent event, String pageBase) {
    return configuration.linkBase(pageBase)
        + "/networks/"
        + event.getNetwork().getSlug()
        + "/events/"
        + event.getId();
  }
}
