package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.application.EventViews.EventInput;
import org.parity.network.application.EventViews.SpeakerInput;
import org.parity.network.domain.EventDetails;
import org.parity.network.domain.EventRegistration;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkEvent;
import org.parity.network.domain.SpeakerDetails;
import org.parity.network.infrastructure.NetworkEventStore;
import org.parity.platform.InvalidInput;

/**
 * A network's facilitators (and administrators) arrange its events, change them and cancel them;
 * whoever's place changes without their doing is told by mail.
 */
@Stateless
@PermitAll
public class EventArranging {

  @Inject EventAccess eventAccess;
  @Inject NetworkAccess access;
  @Inject NetworkEventStore events;
  @Inject Accounts accounts;
  @Inject EventMail mail;
  @Inject Clock clock;

  /** A facilitator of the network (or an administrator) arranges an event; answers its id. */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public long create(String networkSlug, EventInput input) {
    LearningNetwork network = access.network(networkSlug);
    Account me = eventAccess.signedIn();
    access.requireModerator(network);
    Instant now = clock.instant();
    Map<String, String> problems = new LinkedHashMap<>();
    EventDetails details = details(input, problems);
    List<SpeakerDetails> speakers = speakers(input, problems);
    NetworkEvent.problemsOfNew(details, speakers, now).forEach(problems::putIfAbsent);
    if (!problems.isEmpty()) {
      throw new InvalidInput(ordered(problems));
    }
    NetworkEvent event = new NetworkEvent(network, details, speakers, me, now);
    events.add(event);
    return event.getId();
  }

  /**
   * Changes an event before it ends. More places move people up from the waiting list; a new time
   * or place is mailed to everyone registered or waiting.
   */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public void edit(String networkSlug, long eventId, EventInput input, String pageBase) {
    NetworkEvent event = eventAccess.lockedEvent(networkSlug, eventId);
    access.requireModerator(event.getNetwork());
    Instant now = clock.instant();
    Map<String, String> problems = new LinkedHashMap<>();
    EventDetails details = details(input, problems);
    List<SpeakerDetails> speakers = speakers(input, problems);
    event.problemsOfChange(details, speakers, now).forEach(problems::putIfAbsent);
    if (!problems.isEmpty()) {
      throw new InvalidInput(ordered(problems));
    }
    NetworkEvent.Change change = event.change(details, speakers, now);
    for (EventRegistration promoted : change.promoted()) {
      mail.promotion(event, promoted, pageBase);
    }
    if (change.timeOrPlaceChanged()) {
      for (EventRegistration registration : event.getRegistrations()) {
        if (registration.isActive() && !change.promoted().contains(registration)) {
          mail.change(event, registration, pageBase);
        }
      }
    }
  }

  /** A facilitator cancels the event, saying why; everyone registered or waiting is told. */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public void cancel(String networkSlug, long eventId, String reason, String pageBase) {
    NetworkEvent event = eventAccess.lockedEvent(networkSlug, eventId);
    access.requireModerator(event.getNetwork());
    if (reason == null || reason.isBlank()) {
      throw InvalidInput.of("reason", "event.cancel.reason");
    }
    if (reason.length() > NetworkEvent.REASON_LIMIT) {
      throw InvalidInput.of("reason", "event.cancel.reasonLong");
    }
    for (EventRegistration registration : event.cancel(reason, clock.instant())) {
      mail.cancellation(event, registration, pageBase);
    }
  }

  // --- input

  /** The input's details; times that do not parse are put among the problems. */
  private static EventDetails details(EventInput input, Map<String, String> problems) {
    if (input == null) {
      input = new EventInput(null, null, null, null, null, null, null, null, List.of());
    }
    return new EventDetails(
        input.title(),
        input.description(),
        time(input.start(), "start", problems),
        time(input.end(), "end", problems),
        input.timeZone(),
        input.onlineUrl(),
        input.venue(),
        input.capacity());
  }

  /**
   * The speakers in the order given; each row counts, so a problem's key (speakers:2:name) names
   * the row the form shows.
   */
  private List<SpeakerDetails> speakers(EventInput input, Map<String, String> problems) {
    List<SpeakerDetails> speakers = new ArrayList<>();
    if (input == null || input.speakers() == null) {
      return speakers;
    }
    for (SpeakerInput s : input.speakers()) {
      SpeakerInput row = s == null ? new SpeakerInput(null, null, null, null) : s;
      Account account = null;
      if (!blank(row.accountEmail())) {
        account = accounts.byEmail(row.accountEmail().strip()).orElse(null);
        if (account == null) {
          problems.put(
              "speakers:" + speakers.size() + ":accountEmail", "event.speaker.account.unknown");
        }
      }
      speakers.add(new SpeakerDetails(row.name(), row.affiliation(), row.bio(), account));
    }
    return speakers;
  }

  private static LocalDateTime time(String value, String field, Map<String, String> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.put(field, "event." + field + ".invalid");
      return null;
    }
  }

  /** Problems in the order of the form's fields. */
  private static Map<String, String> ordered(Map<String, String> problems) {
    List<String> order =
        List.of(
            "title",
            "description",
            "start",
            "end",
            "timeZone",
            "onlineUrl",
            "venue",
            "capacity",
            "speakers");
    Map<String, String> sorted = new LinkedHashMap<>();
    for (String field : order) {
      if (problems.containsKey(field)) {
        sorted.put(field, problems.get(field));
      }
    }
    problems.forEach(sorted::putIfAbsent);
    return sorted;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
