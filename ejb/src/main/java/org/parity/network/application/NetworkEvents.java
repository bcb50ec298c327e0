package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parity.identity.application.Caller;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.Accounts;
import org.parity.learning.application.CpdLog;
import org.parity.learning.domain.CpdActivity;
import org.parity.network.application.EventViews.Attendance;
import org.parity.network.application.EventViews.EventDetail;
import org.parity.network.application.EventViews.EventInput;
import org.parity.network.application.EventViews.EventList;
import org.parity.network.application.EventViews.EventSummary;
import org.parity.network.application.EventViews.RegistrantView;
import org.parity.network.application.EventViews.SpeakerInput;
import org.parity.network.application.EventViews.SpeakerView;
import org.parity.network.domain.EventDetails;
import org.parity.network.domain.EventRegistration;
import org.parity.network.domain.EventSpeaker;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkEvent;
import org.parity.network.domain.SpeakerDetails;
import org.parity.network.infrastructure.EventCalendar;
import org.parity.network.infrastructure.NetworkEventStore;
import org.parity.network.infrastructure.Networks;
import org.parity.platform.Configuration;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;
import org.parity.platform.mail.MailOutbox;

/**
 * A network's events. Anyone reads an open network's events, a closed network's are for its members
 * (and administrators); its facilitators arrange, change and cancel them and mark who came, which
 * writes an entry in each attendee's CPD log; members register and cancel. Everyone whose place
 * changes without their doing is told by mail, sent after the change commits.
 *
 * <p>Steps that change registrations lock the event before they read anything else, so two people
 * asking for the last place at once queue up and the second joins the waiting list.
 */
@Stateless
@PermitAll
public class NetworkEvents {

  /** Events to come shown at once; the rest are counted. */
  public static final int UPCOMING_SHOWN = 50;

  public static final int PAST_PER_PAGE = 10;

  /** How far back a network's calendar feed reaches. */
  static final Duration FEED_HISTORY = Duration.ofDays(180);

  private static final DateTimeFormatter FORM_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Inject Caller caller;
  @Inject Networks networks;
  @Inject NetworkAccess access;
  @Inject NetworkEventStore events;
  @Inject Accounts accounts;
  @Inject MailOutbox outbox;
  @Inject CpdLog cpdLog;
  @Inject Configuration configuration;
  @Inject Clock clock;

  /** Events to come and a page of past events ({@code pastPage} from 1; past the end, the last). */
  public EventList events(String networkSlug, int pastPage) {
    LearningNetwork network = readable(networkSlug);
    Instant now = clock.instant();
    Optional<Account> me = caller();
    long upcomingCount = events.countUpcoming(network, now);
    long pastCount = events.countPast(network, now);
    int pages = Math.max(1, (int) ((pastCount + PAST_PER_PAGE - 1) / PAST_PER_PAGE));
    int page = Math.max(1, Math.min(pastPage, pages));
    return new EventList(
        network.getSlug(),
        network.getName(),
        network.isOpen(),
        events.upcoming(network, now, 0, UPCOMING_SHOWN).stream().map(e -> summary(e, me)).toList(),
        Math.max(0, upcomingCount - UPCOMING_SHOWN),
        events.past(network, now, (page - 1) * PAST_PER_PAGE, PAST_PER_PAGE).stream()
            .map(e -> summary(e, me))
            .toList(),
        page,
        pages,
        access.isActiveMember(network, me),
        access.moderates(network, me));
  }

  public EventDetail event(String networkSlug, long eventId) {
    LearningNetwork network = readable(networkSlug);
    NetworkEvent event = eventIn(network, events.event(eventId));
    return detail(event, caller());
  }

  /** A facilitator of the network (or an administrator) arranges an event; answers its id. */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public long create(String networkSlug, EventInput input) {
    LearningNetwork network = access.network(networkSlug);
    Account me = signedIn();
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
    NetworkEvent event = lockedEvent(networkSlug, eventId);
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
      mailPromotion(event, promoted, pageBase);
    }
    if (change.timeOrPlaceChanged()) {
      for (EventRegistration registration : event.getRegistrations()) {
        if (registration.isActive() && !change.promoted().contains(registration)) {
          mailChange(event, registration, pageBase);
        }
      }
    }
  }

  /**
   * Registers the caller, an active member of the network: a place while one is free, else the
   * waiting list. Answers REGISTERED or WAITING.
   */
  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public String register(String networkSlug, long eventId) {
    NetworkEvent event = lockedEvent(networkSlug, eventId);
    Account me = signedIn();
    if (!access.isActiveMember(event.getNetwork(), Optional.of(me))) {
      throw new NotAllowedException("Join the network to register for its events");
    }
    return event.register(me, clock.instant()).getStatus().name();
  }

  /** Cancels the caller's place or place in the queue; a freed place goes to the next in line. */
  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public void cancelRegistration(String networkSlug, long eventId, String pageBase) {
    NetworkEvent event = lockedEvent(networkSlug, eventId);
    Account me = signedIn();
    if (!access.mayRead(event.getNetwork(), Optional.of(me))
        && event.registrationOf(me).isEmpty()) {
      throw new NotAllowedException("No such event");
    }
    for (EventRegistration promoted : event.cancelRegistration(me, clock.instant())) {
      mailPromotion(event, promoted, pageBase);
    }
  }

  /** A facilitator cancels the event, saying why; everyone registered or waiting is told. */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public void cancel(String networkSlug, long eventId, String reason, String pageBase) {
    NetworkEvent event = lockedEvent(networkSlug, eventId);
    access.requireModerator(event.getNetwork());
    if (reason == null || reason.isBlank()) {
      throw InvalidInput.of("reason", "event.cancel.reason");
    }
    if (reason.length() > NetworkEvent.REASON_LIMIT) {
      throw InvalidInput.of("reason", "event.cancel.reasonLong");
    }
    for (EventRegistration registration : event.cancel(reason, clock.instant())) {
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
  }

  /**
   * A facilitator marks who came (registration id to attended or not), from an hour before the
   * start. Each newly marked attendee gets one CPD log entry; marking again writes none, and
   * unmarking takes the entry back. Answers how many marks changed.
   */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public int markAttendance(String networkSlug, long eventId, List<Attendance> marks) {
    NetworkEvent event = lockedEvent(networkSlug, eventId);
    access.requireModerator(event.getNetwork());
    Instant now = clock.instant();
    int changed = 0;
    for (Attendance mark : marks == null ? List.<Attendance>of() : marks) {
      EventRegistration registration =
          event.getRegistrations().stream()
              .filter(r -> r.getId() == mark.registration())
              .findFirst()
              .orElseThrow(() -> InvalidInput.of("attendance", "event.attendance.unknown"));
      if (!event.markAttendance(registration, mark.attended(), now)) {
        continue;
      }
      changed++;
      long learner = registration.getAccount().getId();
      if (mark.attended() && registration.getCpdEntryId() == null) {
        registration.recordedAs(
            cpdLog.recordAttendance(
                learner,
                new CpdActivity(
                    event.getTitle(),
                    event.getNetwork().getName(),
                    event.day(),
                    event.cpdHours(),
                    true)));
      } else if (!mark.attended() && registration.getCpdEntryId() != null) {
        cpdLog.withdrawAttendance(learner, registration.getCpdEntryId());
        registration.recordedAs(null);
      }
    }
    return changed;
  }

  /**
   * The network's events as an iCalendar feed: every event to come and those of the last six
   * months, cancelled ones marked so.
   */
  public String calendar(String networkSlug, String pageBase) {
    LearningNetwork network = readable(networkSlug);
    Optional<Account> me = caller();
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
    LearningNetwork network = readable(networkSlug);
    NetworkEvent event = eventIn(network, events.event(eventId));
    return EventCalendar.write(
        event.getTitle(), List.of(calendarEntry(event, caller(), pageBase)), uidDomain(pageBase));
  }

  // --- reading

  private EventSummary summary(NetworkEvent e, Optional<Account> me) {
    return new EventSummary(
        e.getId(),
        e.getTitle(),
        e.getStartsAt(),
        e.getEndsAt(),
        e.getStartsAt().atZone(e.zone()).toLocalDateTime(),
        e.getEndsAt().atZone(e.zone()).toLocalDateTime(),
        e.getTimeZone(),
        e.getOnlineUrl() != null,
        e.getVenue(),
        e.getCapacity(),
        e.placesLeft(),
        e.waitingList().size(),
        e.isCancelled(),
        me.flatMap(e::registrationOf).map(r -> r.getStatus().name()).orElse("NONE"));
  }

  private EventDetail detail(NetworkEvent e, Optional<Account> me) {
    Instant now = clock.instant();
    LearningNetwork network = e.getNetwork();
    boolean member = access.isActiveMember(network, me);
    boolean facilitator = access.moderates(network, me);
    Optional<EventRegistration> mine = me.flatMap(e::registrationOf);
    boolean active = mine.map(EventRegistration::isActive).orElse(false);
    boolean hasPlace = mine.map(EventRegistration::hasPlace).orElse(false);
    boolean open = !e.isCancelled() && !e.hasStarted(now);
    return new EventDetail(
        summary(e, me),
        network.getSlug(),
        network.getName(),
        e.getDescription(),
        hasPlace || facilitator ? e.getOnlineUrl() : null,
        e.getSpeakers().stream()
            .map(
                s ->
                    new SpeakerView(
                        s.getName(), s.getAffiliation(), s.getBio(), s.getAccount() != null))
            .toList(),
        e.getCancellationReason(),
        e.getCancelledAt(),
        e.hasStarted(now),
        e.hasEnded(now),
        me.map(e::waitingPosition).orElse(0),
        member,
        open && member && !active,
        open && active,
        facilitator,
        facilitator && e.isAttendanceOpen(now),
        facilitator
            && !e.isCancelled()
            && !e.hasEnded(now)
            && e.getRegistrations().stream().noneMatch(EventRegistration::isAttended),
        facilitator && !e.isCancelled() && !e.hasEnded(now),
        facilitator ? e.registered().stream().map(NetworkEvents::registrant).toList() : List.of(),
        facilitator ? e.waitingList().stream().map(NetworkEvents::registrant).toList() : List.of(),
        facilitator ? form(e) : null);
  }

  private static RegistrantView registrant(EventRegistration r) {
    Account a = r.getAccount();
    return new RegistrantView(
        r.getId(),
        a.getDisplayName(),
        a.getProfession(),
        a.getOrganisationName(),
        r.getStatus().name(),
        r.isAttended(),
        r.getRequestedAt());
  }

  private static EventInput form(NetworkEvent e) {
    EventDetails d = e.details();
    return new EventInput(
        d.title(),
        d.description(),
        FORM_TIME.format(d.start()),
        FORM_TIME.format(d.end()),
        d.timeZone(),
        d.onlineUrl(),
        d.venue(),
        d.capacity(),
        e.getSpeakers().stream()
            .map(
                s ->
                    new SpeakerInput(
                        s.getName(),
                        s.getAffiliation(),
                        s.getBio(),
                        s.getAccount() == null ? null : s.getAccount().getEmail()))
            .toList());
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
    text.append(pageUrl(e, pageBase));
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
        pageUrl(e, pageBase),
        e.isCancelled(),
        e.getCalendarSequence(),
        e.getCreatedAt(),
        e.getUpdatedAt());
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

  // --- mail

  private void mailPromotion(NetworkEvent event, EventRegistration r, String pageBase) {
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

  private void mailChange(NetworkEvent event, EventRegistration r, String pageBase) {
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

  private String pageUrl(NetworkEvent event, String pageBase) {
    return base(pageBase)
        + "/networks/"
        + event.getNetwork().getSlug()
        + "/events/"
        + event.getId();
  }

  private String base(String pageBase) {
    return configuration.linkBase(pageBase);
  }

  private String uidDomain(String pageBase) {
    try {
      String host = URI.create(base(pageBase)).getHost();
      return host == null || host.isBlank() ? "parity" : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "parity";
    }
  }

  // --- who may

  /**
   * The event, locked for this transaction; found by id before anything else is read (see the class
   * comment), then checked to belong to the network in the address. Each step then checks who may
   * take it: a member of the network, someone registered, or one of its facilitators.
   */
  private NetworkEvent lockedEvent(String networkSlug, long eventId) {
    NetworkEvent event =
        events.eventForUpdate(eventId).orElseThrow(() -> new NotAllowedException("No such event"));
    if (!event.getNetwork().getSlug().equals(networkSlug)) {
      throw new NotAllowedException("No such event");
    }
    return event;
  }

  private static NetworkEvent eventIn(LearningNetwork network, Optional<NetworkEvent> event) {
    return event
        .filter(e -> e.getNetwork().getId().equals(network.getId()))
        .orElseThrow(() -> new NotAllowedException("No such event"));
  }

  private LearningNetwork readable(String slug) {
    LearningNetwork network = access.network(slug);
    if (!access.mayRead(network, caller())) {
      throw new NotAllowedException("This network's events are for its members");
    }
    return network;
  }

  private Optional<Account> caller() {
    return caller.current();
  }

  private Account signedIn() {
    return caller.required();
  }
}
