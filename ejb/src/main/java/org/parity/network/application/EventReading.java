package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.network.application.EventViews.EventDetail;
import org.parity.network.application.EventViews.EventInput;
import org.parity.network.application.EventViews.EventList;
import org.parity.network.application.EventViews.EventSummary;
import org.parity.network.application.EventViews.ProgrammeLink;
import org.parity.network.application.EventViews.RegistrantView;
import org.parity.network.application.EventViews.SpeakerInput;
import org.parity.network.application.EventViews.SpeakerView;
import org.parity.network.domain.EventDetails;
import org.parity.network.domain.EventRegistration;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkEvent;
import org.parity.network.infrastructure.NetworkEventStore;

/**
 * Reading a network's events: the list (to come, and past by page) and one event, with what the
 * reader may do there; its facilitators also see who registered and the form to change it.
 */
@Stateless
@PermitAll
public class EventReading {

  /** Events to come shown at once; the rest are counted. */
  public static final int UPCOMING_SHOWN = 50;

  public static final int PAST_PER_PAGE = 10;

  static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Inject EventAccess eventAccess;
  @Inject NetworkAccess access;
  @Inject NetworkEventStore events;
  @Inject Clock clock;

  /** Events to come and a page of past events ({@code pastPage} from 1; past the end, the last). */
  public EventList events(String networkSlug, int pastPage) {
    LearningNetwork network = eventAccess.readable(networkSlug);
    Instant now = clock.instant();
    Optional<Account> me = eventAccess.caller();
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
    return detail(eventAccess.readableEvent(networkSlug, eventId), eventAccess.caller());
  }

  /** One event in a list, with the reader's registration. */
  public EventSummary summary(NetworkEvent e, Optional<Account> me) {
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
        facilitator ? e.registered().stream().map(EventReading::registrant).toList() : List.of(),
        facilitator ? e.waitingList().stream().map(EventReading::registrant).toList() : List.of(),
        facilitator ? form(e) : null,
        e.getProgramme() == null
            ? null
            : new ProgrammeLink(e.getProgramme().getId(), e.getProgramme().getTitle()));
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
}
