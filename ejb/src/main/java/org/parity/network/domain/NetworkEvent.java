package org.parity.network.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parity.identity.domain.Account;

/**
 * An event a network's facilitators arrange: a talk, webinar or meeting with speakers, a start and
 * an end in a named time zone, a link or a venue, and a number of places. Members register while
 * places are free and join the waiting list after; when a place frees, the first person waiting
 * takes it. The event decides every change to its registrations, so the rules live here.
 */
@Entity
@NamedQuery(
    name = "NetworkEvent.findUpcoming",
    query =
        "select e from NetworkEvent e where e.network = :network and e.endsAt > :now"
            + " order by e.startsAt, e.id")
@NamedQuery(
    name = "NetworkEvent.countUpcoming",
    query = "select count(e) from NetworkEvent e where e.network = :network and e.endsAt > :now")
@NamedQuery(
    name = "NetworkEvent.findPast",
    query =
        "select e from NetworkEvent e where e.network = :network and e.endsAt <= :now"
            + " order by e.startsAt desc, e.id desc")
@NamedQuery(
    name = "NetworkEvent.countPast",
    query = "select count(e) from NetworkEvent e where e.network = :network and e.endsAt <= :now")
@NamedQuery(
    name = "NetworkEvent.sessionsOf",
    query = "select e from NetworkEvent e where e.programme = :programme order by e.startsAt, e.id")
@NamedQuery(
    name = "NetworkEvent.findByTitle",
    query = "select e from NetworkEvent e where e.network = :network and e.title = :title")
public class NetworkEvent {

  public enum Status {
    SCHEDULED,
    CANCELLED
  }

  /** Facilitators mark attendance at the door: from this long before the start. */
  public static final Duration ATTENDANCE_OPENS = Duration.ofHours(1);

  public static final int MOST_SPEAKERS = 10;
  public static final int REASON_LIMIT = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "network_event_seq")
  @SequenceGenerator(
      name = "network_event_seq",
      sequenceName = "network_event_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private LearningNetwork network;

  /** The programme whose session this is, if it is one. */
  @ManyToOne(fetch = FetchType.LAZY)
  private EventProgramme programme;

  private String title;
  private String description;
  private Instant startsAt;
  private Instant endsAt;
  private String timeZone;
  private String onlineUrl;
  private String venue;
  private int capacity;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String cancellationReason;
  private Instant cancelledAt;

  /** Who arranged it; null for the events that ship with Parity. */
  @ManyToOne(fetch = FetchType.LAZY)
  private Account createdBy;

  private Instant createdAt;
  private Instant updatedAt;

  /** iCalendar's SEQUENCE: calendars replace their copy when it grows. */
  private int calendarSequence;

  @Version private long version;

  @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<EventSpeaker> speakers = new ArrayList<>();

  @OneToMany(mappedBy = "event", cascade = CascadeType.ALL)
  private List<EventRegistration> registrations = new ArrayList<>();

  protected NetworkEvent() {}

  /** A new event; the details and speakers must have no {@link #problemsOfNew problems}. */
  public NetworkEvent(
      LearningNetwork network,
      EventDetails details,
      List<SpeakerDetails> speakers,
      Account createdBy,
      Instant now) {
    requireNone(problemsOfNew(details, speakers, now));
    this.network = network;
    this.createdBy = createdBy;
    this.status = Status.SCHEDULED;
    this.createdAt = now;
    apply(details, speakers, now);
    network.touch(now);
  }

  /** What is wrong with a new event's details and speakers, by field (message keys). */
  public static Map<String, String> problemsOfNew(
      EventDetails details, List<SpeakerDetails> speakers, Instant now) {
    Map<String, String> problems = new LinkedHashMap<>(details.problems(now, null));
    speakerProblems(speakers, problems);
    return problems;
  }

  /**
   * What is wrong with these details as a change to this event: besides the details' own rules, the
   * places cannot shrink below the number already taken.
   */
  public Map<String, String> problemsOfChange(
      EventDetails details, List<SpeakerDetails> speakers, Instant now) {
    Map<String, String> problems = new LinkedHashMap<>(details.problems(now, startsAt));
    if (details.capacity() != null
        && !problems.containsKey("capacity")
        && details.capacity() < placesTaken()) {
      problems.put("capacity", "event.capacity.belowTaken");
    }
    speakerProblems(speakers, problems);
    return problems;
  }

  private static void speakerProblems(List<SpeakerDetails> speakers, Map<String, String> problems) {
    if (speakers.size() > MOST_SPEAKERS) {
      problems.put("speakers", "event.speakers.many");
    }
    for (int i = 0; i < speakers.size(); i++) {
      int position = i;
      speakers
          .get(i)
          .problems()
          .forEach((field, key) -> problems.put("speakers:" + position + ":" + field, key));
    }
  }

  /**
   * Changes the event before it ends. More places take people from the waiting list, who are
   * answered; registrants learn of a new time or place from {@link Change#timeOrPlaceChanged}.
   */
  public Change change(EventDetails details, List<SpeakerDetails> speakers, Instant now) {
    requireScheduled();
    if (hasEnded(now)) {
      throw new NetworkException("This event is over.", "event.error.ended");
    }
    requireNone(problemsOfChange(details, speakers, now));
    boolean moved =
        !details.startsAt().equals(startsAt)
            || !details.endsAt().equals(endsAt)
            || !Objects.equals(details.onlineUrl(), onlineUrl)
            || !Objects.equals(details.venue(), venue);
    apply(details, speakers, now);
    calendarSequence++;
    return new Change(promote(now), moved);
  }

  /** What a change did: who left the waiting list, and whether registrants must be told. */
  public record Change(List<EventRegistration> promoted, boolean timeOrPlaceChanged) {}

  private void apply(EventDetails details, List<SpeakerDetails> speakers, Instant now) {
    this.title = details.title();
    this.description = details.description();
    this.startsAt = details.startsAt();
    this.endsAt = details.endsAt();
    this.timeZone = details.zone().getId();
    this.onlineUrl = details.onlineUrl();
    this.venue = details.venue();
    this.capacity = details.capacity();
    this.updatedAt = now;
    this.speakers.clear();
    for (int i = 0; i < speakers.size(); i++) {
      this.speakers.add(new EventSpeaker(this, i, speakers.get(i)));
    }
  }

  /**
   * Registers a person: a place while one is free, the waiting list after. Refused for a cancelled
   * event, once it has started, and for someone registered or waiting already.
   */
  /**
   * Whether someone may still be registered by their team: the event is on, has not started, and
   * they hold no active registration.
   */
  public boolean mayRegister(Account account, Instant now) {
    return status == Status.SCHEDULED
        && now.isBefore(startsAt)
        && registrationOf(account).filter(EventRegistration::isActive).isEmpty();
  }

  public EventRegistration register(Account account, Instant now) {
    requireScheduled();
    if (!now.isBefore(startsAt)) {
      throw new NetworkException(
          "Registration closed when the event started.", "event.error.started");
    }
    Optional<EventRegistration> existing = registrationOf(account);
    if (existing.filter(EventRegistration::isActive).isPresent()) {
      throw new NetworkException(
          "You are registered for this event already.", "event.error.registered");
    }
    boolean placeFree = placesTaken() < capacity && waitingList().isEmpty();
    EventRegistration registration;
    if (existing.isPresent()) {
      registration = existing.get();
      registration.ask(placeFree, now);
    } else {
      registration = new EventRegistration(this, account, placeFree, now);
      registrations.add(registration);
    }
    return registration;
  }

  /**
   * Cancels a person's registration or place on the waiting list before the event starts. A place
   * that frees goes to the first person waiting: the answer lists who was promoted.
   */
  public List<EventRegistration> cancelRegistration(Account account, Instant now) {
    requireScheduled();
    EventRegistration registration =
        registrationOf(account)
            .filter(EventRegistration::isActive)
            .orElseThrow(
                () ->
                    new NetworkException(
                        "You are not registered for this event.", "event.error.notRegistered"));
    if (!now.isBefore(startsAt)) {
      throw new NetworkException("The event has started.", "event.error.started");
    }
    boolean hadPlace = registration.hasPlace();
    registration.cancel(now);
    return hadPlace ? promote(now) : List.of();
  }

  /** Fills free places from the waiting list, first come first served; answers who moved up. */
  private List<EventRegistration> promote(Instant now) {
    List<EventRegistration> promoted = new ArrayList<>();
    List<EventRegistration> waiting = waitingList();
    int taken = placesTaken();
    for (EventRegistration next : waiting) {
      if (taken >= capacity) {
        break;
      }
      next.promote(now);
      promoted.add(next);
      taken++;
    }
    return promoted;
  }

  /**
   * A facilitator cancels the event, saying why, before it ends and before anyone's attendance is
   * recorded. Answers everyone to tell: those with a place and those waiting.
   */
  public List<EventRegistration> cancel(String reason, Instant now) {
    requireScheduled();
    if (hasEnded(now)) {
      throw new NetworkException("This event is over.", "event.error.ended");
    }
    if (registrations.stream().anyMatch(EventRegistration::isAttended)) {
      throw new NetworkException(
          "Attendance has been recorded for this event.", "event.error.attendanceRecorded");
    }
    if (reason == null || reason.isBlank()) {
      throw new NetworkException(
          "Say why: everyone registered will read it.", "event.cancel.reason");
    }
    status = Status.CANCELLED;
    cancellationReason = reason.strip();
    cancelledAt = now;
    updatedAt = now;
    calendarSequence++;
    return registrations.stream().filter(EventRegistration::isActive).toList();
  }

  /**
   * Marks whether a registered or waiting person came, from an hour before the start. Answers
   * whether anything changed, so marking twice does nothing the second time.
   */
  public boolean markAttendance(EventRegistration registration, boolean came, Instant now) {
    NetworkEvent other = registration.getEvent();
    if (other != this && (id == null || !id.equals(other.getId()))) {
      throw new NetworkException(
          "That registration is for another event.", "event.error.notRegistered");
    }
    requireScheduled();
    if (now.isBefore(startsAt.minus(ATTENDANCE_OPENS))) {
      throw new NetworkException(
          "Attendance can be marked from an hour before the start.",
          "event.error.attendanceTooEarly");
    }
    if (!registration.isActive()) {
      throw new NetworkException(
          "That person cancelled their registration.", "event.error.notRegistered");
    }
    if (registration.isAttended() == came) {
      return false;
    }
    registration.attended(came, now);
    return true;
  }

  private void requireScheduled() {
    if (status == Status.CANCELLED) {
      throw new NetworkException("This event has been cancelled.", "event.error.cancelled");
    }
  }

  private static void requireNone(Map<String, String> problems) {
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Event details with problems: " + problems);
    }
  }

  public Optional<EventRegistration> registrationOf(Account account) {
    return registrations.stream().filter(r -> r.belongsTo(account)).findFirst();
  }

  /** People with a place, in the order they got it. */
  public List<EventRegistration> registered() {
    return registrations.stream()
        .filter(EventRegistration::hasPlace)
        .sorted(Comparator.comparing(EventRegistration::getConfirmedAt))
        .toList();
  }

  /** The waiting list, first in line first. */
  public List<EventRegistration> waitingList() {
    return registrations.stream()
        .filter(EventRegistration::isWaiting)
        .sorted(Comparator.comparing(EventRegistration::getRequestedAt))
        .toList();
  }

  /** 1 for the first person waiting; 0 for someone not on the waiting list. */
  public int waitingPosition(Account account) {
    List<EventRegistration> waiting = waitingList();
    for (int i = 0; i < waiting.size(); i++) {
      if (waiting.get(i).belongsTo(account)) {
        return i + 1;
      }
    }
    return 0;
  }

  public int placesTaken() {
    return (int) registrations.stream().filter(EventRegistration::hasPlace).count();
  }

  public int placesLeft() {
    return Math.max(0, capacity - placesTaken());
  }

  public boolean hasStarted(Instant now) {
    return !now.isBefore(startsAt);
  }

  public boolean hasEnded(Instant now) {
    return !now.isBefore(endsAt);
  }

  public boolean isCancelled() {
    return status == Status.CANCELLED;
  }

  /** Whether a facilitator may mark attendance now. */
  public boolean isAttendanceOpen(Instant now) {
    return !isCancelled() && !now.isBefore(startsAt.minus(ATTENDANCE_OPENS));
  }

  /** CPD hours for attending: the length of the event to the nearest quarter hour, at least one. */
  public BigDecimal cpdHours() {
    long quarters = Math.max(1, Math.round(Duration.between(startsAt, endsAt).toMinutes() / 15.0));
    return BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY);
  }

  /** The day the event starts, in its own time zone (the date for a CPD log). */
  public LocalDate day() {
    return startsAt.atZone(zone()).toLocalDate();
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  /** The details as they stand, for an edit form. */
  public EventDetails details() {
    return new EventDetails(
        title,
        description,
        startsAt.atZone(zone()).toLocalDateTime(),
        endsAt.atZone(zone()).toLocalDateTime(),
        timeZone,
        onlineUrl,
        venue,
        capacity);
  }

  /** Makes the event a session of a programme of its own network. */
  public void partOf(EventProgramme programme) {
    if (programme != null && !programme.getNetwork().isSameAs(network)) {
      throw new NetworkException(
          "The programme is another network's.", "programme.refusal.otherNetwork");
    }
    this.programme = programme;
  }

  public EventProgramme getProgramme() {
    return programme;
  }

  /** What the CPD log calls it: a programme's session names the programme first. */
  public String cpdTitle() {
    return programme == null ? title : programme.getTitle() + ": " + title;
  }

  public Long getId() {
    return id;
  }

  public LearningNetwork getNetwork() {
    return network;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public String getOnlineUrl() {
    return onlineUrl;
  }

  public String getVenue() {
    return venue;
  }

  public int getCapacity() {
    return capacity;
  }

  public Status getStatus() {
    return status;
  }

  public String getCancellationReason() {
    return cancellationReason;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public Account getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public int getCalendarSequence() {
    return calendarSequence;
  }

  public List<EventSpeaker> getSpeakers() {
    return List.copyOf(speakers);
  }

  public List<EventRegistration> getRegistrations() {
    return List.copyOf(registrations);
  }
}
