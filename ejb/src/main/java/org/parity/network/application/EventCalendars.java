package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.network.domain.EventRegistration;
import org.parity.network.domain.EventSpeaker;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkEvent;
import org.parity.network.infrastructure.EventCalendar;
import org.parity.network.infrastructure.NetworkEventStore;
import org.parity.platform.Configuration;

/**
 * A network's events as iCalendar: the network's feed and one event's entry; the online link only
 * for those with a place and the facilitators.
 */
@Stateless
@PermitAll
public class EventCalendars {

  /** How far back a network's calendar feed reaches. */
  static final Duration FEED_HISTORY = Duration.ofDays(180);

  @Inject EventAccess eventAccess;
  @Inject NetworkAccess access;
  @Inject NetworkEventStore events;
  @Inject EventMail mail;
  @Inject Configuration configuration;
  @Inject Clock clock;

  /**
   * The network's events as an iCalendar feed: every event to come and those of the last six
   * months, cancelled ones marked so.
   */
  public String calendar(String networkSlug, String pageBase) {
    LearningNetwork network = eventAccess.readable(networkSlug);
    Optional<Account> me = eventAccess.caller();
    Instant now = clock.instant();
    List<NetworkEvent> shown = new ArrayList<>(events.upcoming(network, now, 0, 500));
    shown.addAll(
        events.past(network, now, 0, 500).stream()
            .filter(e -> e.getEndsAt().isAfter(now.minus(FEED_HISTORY)))
            .toList());
    shown.sort(Comparator.comparing(NetworkEvent::getStartsAt));
    return EventCalendar.write(
        network.getName() + " · events",
        shown.stream().map(e -> calendarEntry(e, me, pageBase)).toList(),
        uidDomain(pageBase));
  }

  /** One event as an iCalendar document, for adding to a calendar. */
  public String calendar(String networkSlug, long eventId, String pageBase) {
    NetworkEvent event = eventAccess.readableEvent(networkSlug, eventId);
    return EventCalendar.write(
        event.getTitle(),
        List.of(calendarEntry(event, eventAccess.caller(), pageBase)),
        uidDomain(pageBase));
  }

  private EventCalendar.Entry calendarEntry(NetworkEvent e, Optional<Account> me, String pageBase) {
    boolean linkShown =
        me.flatMap(e::registrationOf).map(EventRegistration::hasPlace).orElse(false)
            || access.moderates(e.getNetwork(), me);
    StringBuilder text = new StringBuilder();
    if (e.isCancelled()) {
      text.append("Cancelled: ").append(e.getCancellationReason()).append("\n\n");
    }
    if (e.getDescription() != null) {
      text.append(e.getDescription()).append("\n\n");
    }
    if (!e.getSpeakers().isEmpty()) {
      text.append("Speakers:\n");
      for (EventSpeaker s : e.getSpeakers()) {
        text.append("- ").append(s.getName());
        if (s.getAffiliation() != null) {
          text.append(", ").append(s.getAffiliation());
        }
        text.append('\n');
      }
      text.append('\n');
    }
    if (e.getOnlineUrl() != null) {
      text.append(
              linkShown
                  ? "Join online: " + e.getOnlineUrl()
                  : "Online: the link is on the event's page for everyone with a place.")
          .append("\n\n");
    }
    text.append("A ").append(e.getNetwork().getName()).append(" event on Parity: ");
    text.append(mail.pageUrl(e, pageBase));
    String location =
        e.getVenue() != null
            ? e.getVenue()
            : linkShown && e.getOnlineUrl() != null ? e.getOnlineUrl() : "Online";
    return new EventCalendar.Entry(
        e.getId(),
        e.getTitle(),
        text.toString(),
        e.getStartsAt(),
        e.getEndsAt(),
        e.zone(),
        location,
        mail.pageUrl(e, pageBase),
        e.isCancelled(),
        e.getCalendarSequence(),
        e.getCreatedAt(),
        e.getUpdatedAt());
  }

  private String uidDomain(String pageBase) {
    try {
      String host = URI.create(configuration.linkBase(pageBase)).getHost();
      return host == null || host.isBlank() ? "parity" : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "parity";
    }
  }
}
