package org.parity.network.application;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the event pages and the API show, and what a facilitator sends: plain values. Times come
 * twice: as instants (UTC) and as clock times in the event's own zone, which pages label with it.
 */
public final class EventViews {

  private EventViews() {}

  /**
   * A new or changed event as a form or the API sends it. {@code start} and {@code end} are clock
   * times ({@code 2026-12-22T18:30}) in {@code timeZone} (a tz database name such as
   * Europe/London).
   */
  public record EventInput(
      String title,
      String description,
      String start,
      String end,
      String timeZone,
      String onlineUrl,
      String venue,
      Integer capacity,
      List<SpeakerInput> speakers) {}

  /** A speaker; {@code accountEmail} links one who has a Parity account (optional). */
  public record SpeakerInput(String name, String affiliation, String bio, String accountEmail) {}

  public record SpeakerView(String name, String affiliation, String bio, boolean member) {}

  /**
   * One event in a list. {@code myStatus} is NONE, REGISTERED, WAITING or CANCELLED; {@code online}
   * says whether it happens online (the link itself is for those with a place).
   */
  public record EventSummary(
      long id,
      String title,
      Instant startsAt,
      Instant endsAt,
      LocalDateTime start,
      LocalDateTime end,
      String timeZone,
      boolean online,
      String venue,
      int capacity,
      int placesLeft,
      int waiting,
      boolean cancelled,
      String myStatus) {}

  /** A network's events: those to come (soonest first) and a page of those past (latest first). */
  public record EventList(
      String networkSlug,
      String networkName,
      boolean networkOpen,
      List<EventSummary> upcoming,
      long moreUpcoming,
      List<EventSummary> past,
      int pastPage,
      int pastPages,
      boolean member,
      boolean facilitator) {}

  /** A person on an event's list, as its facilitators see them. */
  public record RegistrantView(
      long id,
      String displayName,
      String profession,
      String organisation,
      String status,
      boolean attended,
      Instant requestedAt) {}

  /**
   * One event as the reader sees it. The online link is shown to people with a place and to
   * facilitators; the lists of registrants and waiting people and the event's editable details to
   * facilitators only.
   */
  public record EventDetail(
      EventSummary summary,
      String networkSlug,
      String networkName,
      String description,
      String onlineUrl,
      List<SpeakerView> speakers,
      String cancellationReason,
      Instant cancelledAt,
      boolean started,
      boolean ended,
      int waitingPosition,
      boolean member,
      boolean mayRegister,
      boolean mayCancelRegistration,
      boolean facilitator,
      boolean attendanceOpen,
      boolean cancellable,
      boolean editable,
      List<RegistrantView> registered,
      List<RegistrantView> waitingList,
      EventInput form,
      /* The programme it is a session of, or null. */
      ProgrammeLink programme) {}

  public record ProgrammeLink(long id, String title) {}

  /** The attendance of one registration, as a facilitator marks it. */
  public record Attendance(long registration, boolean attended) {}
}
