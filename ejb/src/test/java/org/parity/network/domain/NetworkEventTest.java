package org.parity.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Profile;

class NetworkEventTest {

  /** 10:00 in London (GMT) on 25 November 2026. */
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  private static final LocalDateTime START = LocalDateTime.parse("2026-12-22T18:30");
  private static final LocalDateTime END = LocalDateTime.parse("2026-12-22T20:00");

  private final LearningNetwork network = TestNetwork.open(NOW);
  private final Account ana = person("ana");
  private final Account ben = person("ben");
  private final Account cara = person("cara");
  private final Account dev = person("dev");

  private static Account person(String name) {
    return new Account(
        name + "@example.org", new Profile(name, "GP", null, null, null, null), "h", NOW);
  }

  private static EventDetails details(int capacity) {
    return new EventDetails(
        "Health checks in SMI",
        "What works",
        START,
        END,
        "Europe/London",
        "https://meet.example.org/x",
        null,
        capacity);
  }

  private NetworkEvent event(int capacity) {
    return new NetworkEvent(network, details(capacity), List.of(), ana, NOW);
  }

  @Test
  void validDetailsHaveNoProblemsAndKeepTheirZone() {
    assertThat(details(2).problems(NOW, null)).isEmpty();
    NetworkEvent event = event(2);
    assertThat(event.getStartsAt()).isEqualTo(Instant.parse("2026-12-22T18:30:00Z"));
    assertThat(event.getTimeZone()).isEqualTo("Europe/London");
    assertThat(event.details().start()).isEqualTo(START);
    assertThat(event.placesLeft()).isEqualTo(2);
  }

  @Test
  void timesAreClockTimesInTheNamedZone() {
    EventDetails summer =
        new EventDetails(
            "Summer school",
            null,
            LocalDateTime.parse("2027-07-01T09:00"),
            LocalDateTime.parse("2027-07-01T12:00"),
            "Europe/London",
            null,
            "Cardiff",
            30);
    assertThat(summer.startsAt()).isEqualTo(Instant.parse("2027-07-01T08:00:00Z"));
    EventDetails sydney =
        new EventDetails(
            "Webinar",
            null,
            LocalDateTime.parse("2027-07-01T09:00"),
            LocalDateTime.parse("2027-07-01T10:00"),
            "Australia/Sydney",
            "https://meet.example.org/y",
            null,
            30);
    assertThat(sydney.startsAt()).isEqualTo(Instant.parse("2027-06-30T23:00:00Z"));
    NetworkEvent event = new NetworkEvent(network, sydney, List.of(), ana, NOW);
    assertThat(event.day()).isEqualTo(LocalDate.parse("2027-07-01"));
  }

  @Test
  void badDetailsAreRefusedFieldByField() {
    EventDetails bad =
        new EventDetails(" ", null, START, START.minusHours(1), "Mars/Olympus_Mons", null, " ", 0);
    assertThat(bad.problems(NOW, null))
        .containsEntry("title", "event.title.required")
        .containsEntry("timeZone", "event.zone.unknown")
        .containsEntry("onlineUrl", "event.place.required")
        .containsEntry("capacity", "event.capacity.range")
        .doesNotContainKey("end");

    EventDetails backwards =
        new EventDetails("T", null, START, START.minusHours(1), "Europe/London", null, "Leeds", 5);
    assertThat(backwards.problems(NOW, null)).containsOnlyKeys("end");
    assertThat(backwards.problems(NOW, null).get("end")).isEqualTo("event.end.beforeStart");

    EventDetails sameTime =
        new EventDetails("T", null, START, START, "Europe/London", null, "Leeds", 5);
    assertThat(sameTime.problems(NOW, null)).containsEntry("end", "event.end.beforeStart");

    EventDetails tooLong =
        new EventDetails("T", null, START, START.plusHours(25), "Europe/London", null, "Leeds", 5);
    assertThat(tooLong.problems(NOW, null)).containsEntry("end", "event.end.tooLong");

    EventDetails noZone = new EventDetails("T", null, START, END, null, null, "Leeds", 5);
    assertThat(noZone.problems(NOW, null)).containsEntry("timeZone", "event.zone.required");

    EventDetails noTimes =
        new EventDetails("T", null, null, null, "Europe/London", null, "Leeds", null);
    assertThat(noTimes.problems(NOW, null))
        .containsEntry("start", "event.start.required")
        .containsEntry("end", "event.end.required")
        .containsEntry("capacity", "event.capacity.range");

    EventDetails longTitle =
        new EventDetails("x".repeat(201), null, START, END, "Europe/London", null, "Leeds", 5);
    assertThat(longTitle.problems(NOW, null)).containsEntry("title", "event.title.long");

    assertThatThrownBy(() -> new NetworkEvent(network, bad, List.of(), ana, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLinkMustBeHttpsAndEitherALinkOrAVenueIsEnough() {
    for (String link :
        List.of(
            "http://meet.example.org/x", "javascript:alert(1)", "https://", "meet.example.org")) {
      EventDetails withLink =
          new EventDetails("T", null, START, END, "Europe/London", link, null, 5);
      assertThat(withLink.problems(NOW, null))
          .as(link)
          .containsEntry("onlineUrl", "event.link.https");
    }
    assertThat(
            new EventDetails("T", null, START, END, "Europe/London", null, "Leeds", 5)
                .problems(NOW, null))
        .isEmpty();
    assertThat(
            new EventDetails(
                    "T",
                    null,
                    START,
                    END,
                    "Europe/London",
                    "https://meet.example.org/x",
                    "Leeds",
                    5)
                .problems(NOW, null))
        .as("hybrid: both")
        .isEmpty();
  }

  @Test
  void aNewEventStartsInTheFutureButAnUnchangedStartMayHavePassed() {
    EventDetails started =
        new EventDetails(
            "T",
            null,
            LocalDateTime.parse("2026-11-25T09:00"),
            LocalDateTime.parse("2026-11-25T12:00"),
            "Europe/London",
            null,
            "Leeds",
            5);
    assertThat(started.problems(NOW, null)).containsEntry("start", "event.start.past");
    assertThat(started.problems(NOW, started.startsAt())).isEmpty();
  }

  @Test
  void placesFillThenTheWaitingListGrowsInOrder() {
    NetworkEvent event = event(2);
    assertThat(event.register(ana, NOW).getStatus()).isEqualTo(EventRegistration.Status.REGISTERED);
    assertThat(event.register(ben, NOW.plusSeconds(1)).getStatus())
        .isEqualTo(EventRegistration.Status.REGISTERED);
    assertThat(event.register(cara, NOW.plusSeconds(2)).getStatus())
        .isEqualTo(EventRegistration.Status.WAITING);
    assertThat(event.register(dev, NOW.plusSeconds(3)).getStatus())
        .isEqualTo(EventRegistration.Status.WAITING);
    assertThat(event.placesLeft()).isZero();
    assertThat(event.waitingPosition(cara)).isEqualTo(1);
    assertThat(event.waitingPosition(dev)).isEqualTo(2);
    assertThat(event.waitingPosition(ana)).isZero();
  }

  @Test
  void nobodyRegistersTwice() {
    NetworkEvent event = event(1);
    event.register(ana, NOW);
    assertThatThrownBy(() -> event.register(ana, NOW))
        .isInstanceOf(NetworkException.class)
        .extracting(e -> ((NetworkException) e).key())
        .isEqualTo("event.error.registered");
    event.register(ben, NOW);
    assertThatThrownBy(() -> event.register(ben, NOW)).isInstanceOf(NetworkException.class);
    assertThat(event.getRegistrations()).hasSize(2);
  }

  @Test
  void aFreedPlaceGoesToTheFirstPersonWaiting() {
    NetworkEvent event = event(2);
    event.register(ana, NOW);
    event.register(ben, NOW.plusSeconds(1));
    event.register(cara, NOW.plusSeconds(2));
    event.register(dev, NOW.plusSeconds(3));

    List<EventRegistration> promoted = event.cancelRegistration(ben, NOW.plusSeconds(10));

    assertThat(promoted).extracting(EventRegistration::getAccount).containsExactly(cara);
    assertThat(event.registrationOf(cara).orElseThrow().hasPlace()).isTrue();
    assertThat(event.registrationOf(ben).orElseThrow().getStatus())
        .isEqualTo(EventRegistration.Status.CANCELLED);
    assertThat(event.waitingPosition(dev)).isEqualTo(1);
    assertThat(event.registered())
        .extracting(EventRegistration::getAccount)
        .containsExactly(ana, cara);
  }

  @Test
  void leavingTheWaitingListPromotesNobody() {
    NetworkEvent event = event(1);
    event.register(ana, NOW);
    event.register(ben, NOW.plusSeconds(1));
    event.register(cara, NOW.plusSeconds(2));
    assertThat(event.cancelRegistration(ben, NOW.plusSeconds(5))).isEmpty();
    assertThat(event.waitingPosition(cara)).isEqualTo(1);
    assertThatThrownBy(() -> event.cancelRegistration(ben, NOW.plusSeconds(6)))
        .isInstanceOf(NetworkException.class)
        .extracting(e -> ((NetworkException) e).key())
        .isEqualTo("event.error.notRegistered");
  }

  @Test
  void someoneWhoCancelledMayRegisterAgainAtTheBackOfTheQueue() {
    NetworkEvent event = event(1);
    event.register(ana, NOW);
    event.register(ben, NOW.plusSeconds(1));
    event.cancelRegistration(ana, NOW.plusSeconds(2));
    assertThat(event.registrationOf(ben).orElseThrow().hasPlace()).isTrue();
    EventRegistration again = event.register(ana, NOW.plusSeconds(3));
    assertThat(again.getStatus()).isEqualTo(EventRegistration.Status.WAITING);
    assertThat(event.getRegistrations()).as("the same row, reused").hasSize(2);
  }

  @Test
  void noRegistrationOnceTheEventHasStartedOrWasCancelled() {
    NetworkEvent event = event(5);
    Instant started = Instant.parse("2026-12-22T18:30:00Z");
    assertThatThrownBy(() -> event.register(ana, started))
        .isInstanceOf(NetworkException.class)
        .extracting(e -> ((NetworkException) e).key())
        .isEqualTo("event.error.started");

    event.register(ben, NOW);
    assertThatThrownBy(() -> event.cancelRegistration(ben, started))
        .isInstanceOf(NetworkException.class);

    NetworkEvent cancelled = event(5);
    cancelled.register(ana, NOW);
    cancelled.cancel("The speaker is ill.", NOW);
    assertThatThrownBy(() -> cancelled.register(ben, NOW))
        .isInstanceOf(NetworkException.class)
        .extracting(e -> ((NetworkException) e).key())
        .isEqualTo("event.error.cancelled");
  }

  @Test
  void cancellingTheEventNeedsAReasonAndAnswersEveryoneToTell() {
    NetworkEvent event = event(1);
    event.register(ana, NOW);
    event.register(ben, NOW);
    event.register(cara, NOW);
    event.cancelRegistration(cara, NOW);
    assertThatThrownBy(() -> event.cancel(" ", NOW))
        .isInstanceOf(NetworkException.class)
        .extracting(e -> ((NetworkException) e).key())
        .isEqualTo("event.cancel.reason");
    assertThat(event.isCancelled()).isFalse();

    int sequence = event.getCalendarSequence();
    List<EventRegistration> toTell = event.cancel("  The speaker is ill.  ", NOW);

    assertThat(toTell)
        .extracting(EventRegistration::getAccount)
        .containsExactlyInAnyOrder(ana, ben);
    assertThat(event.isCancelled()).isTrue();
    assertThat(event.getCancellationReason()).isEqualTo("The speaker is ill.");
    assertThat(event.getCalendarSequence()).isEqualTo(sequence + 1);
    assertThatThrownBy(() -> event.cancel("Again", NOW)).isInstanceOf(NetworkException.class);
  }

  @Test
  void anEventThatIsOverOrWhoseAttendanceIsRecordedIsNotCancelled() {
    NetworkEvent over = event(2);
    assertThatThrownBy(() -> over.cancel("Late", Instant.parse("2026-12-22T20:00:00Z")))
        .isInstanceOf(NetworkException.class)
        .extracting(e -> ((NetworkException) e).key())
        .isEqualTo("event.error.ended");

    NetworkEvent attended = event(2);
    EventRegistration registration = attended.register(ana, NOW);
    attended.markAttendance(registration, true, Instant.parse("2026-12-22T18:40:00Z"));
    assertThatThrownBy(() -> attended.cancel("Oops", Instant.parse("2026-12-22T19:00:00Z")))
        .isInstanceOf(NetworkException.class)
        .extracting(e -> ((NetworkException) e).key())
        .isEqualTo("event.error.attendanceRecorded");
  }

  @Test
  void attendanceIsMarkedFromAnHourBeforeTheStartAndOnlyOnce() {
    NetworkEvent event = event(2);
    EventRegistration registration = event.register(ana, NOW);
    Instant tooEarly = Instant.parse("2026-12-22T17:29:00Z");
    Instant atTheDoor = Instant.parse("2026-12-22T17:30:00Z");
    assertThatThrownBy(() -> event.markAttendance(registration, true, tooEarly))
        .isInstanceOf(NetworkException.class)
        .extracting(e -> ((NetworkException) e).key())
        .isEqualTo("event.error.attendanceTooEarly");
    assertThat(event.isAttendanceOpen(tooEarly)).isFalse();
    assertThat(event.isAttendanceOpen(atTheDoor)).isTrue();

    assertThat(event.markAttendance(registration, true, atTheDoor)).isTrue();
    assertThat(event.markAttendance(registration, true, atTheDoor.plusSeconds(60)))
        .as("marking twice changes nothing")
        .isFalse();
    assertThat(registration.isAttended()).isTrue();
    assertThat(event.markAttendance(registration, false, atTheDoor.plusSeconds(120))).isTrue();
    assertThat(registration.isAttended()).isFalse();
  }

  @Test
  void attendanceIsForPeopleStillRegisteredForThisEvent() {
    NetworkEvent event = event(2);
    NetworkEvent other = event(2);
    EventRegistration elsewhere = other.register(ben, NOW);
    EventRegistration cancelled = event.register(ana, NOW);
    event.cancelRegistration(ana, NOW);
    Instant during = Instant.parse("2026-12-22T19:00:00Z");
    assertThatThrownBy(() -> event.markAttendance(cancelled, true, during))
        .isInstanceOf(NetworkException.class);
    assertThatThrownBy(() -> event.markAttendance(elsewhere, true, during))
        .isInstanceOf(NetworkException.class);
  }

  @Test
  void moreOrFewerPlacesThroughAChange() {
    NetworkEvent event = event(1);
    event.register(ana, NOW);
    event.register(ben, NOW.plusSeconds(1));
    event.register(cara, NOW.plusSeconds(2));

    assertThat(event.problemsOfChange(details(0), List.of(), NOW))
        .containsEntry("capacity", "event.capacity.range");
    NetworkEvent.Change bigger = event.change(details(3), List.of(), NOW.plusSeconds(10));
    assertThat(bigger.promoted())
        .extracting(EventRegistration::getAccount)
        .containsExactly(ben, cara);
    assertThat(bigger.timeOrPlaceChanged()).isFalse();
    assertThat(event.problemsOfChange(details(2), List.of(), NOW))
        .containsEntry("capacity", "event.capacity.belowTaken");
  }

  @Test
  void aNewTimeIsAChangeRegistrantsHearAbout() {
    NetworkEvent event = event(5);
    EventDetails later =
        new EventDetails(
            "Health checks in SMI",
            "What works",
            START.plusDays(1),
            END.plusDays(1),
            "Europe/London",
            "https://meet.example.org/x",
            null,
            5);
    int sequence = event.getCalendarSequence();
    assertThat(event.change(later, List.of(), NOW).timeOrPlaceChanged()).isTrue();
    assertThat(event.getCalendarSequence()).isEqualTo(sequence + 1);
  }

  @Test
  void speakersNeedANameAndKeepTheirOrder() {
    List<SpeakerDetails> speakers =
        List.of(
            new SpeakerDetails("Dr Amara Okafor", "GP", "Leads SMI checks.", null),
            new SpeakerDetails(" ", "Nurse", null, null),
            new SpeakerDetails("Tom", null, "x".repeat(1001), null));
    assertThat(NetworkEvent.problemsOfNew(details(5), speakers, NOW))
        .containsEntry("speakers:1:name", "event.speaker.name.required")
        .containsEntry("speakers:2:bio", "event.speaker.bio.long")
        .hasSize(2);

    NetworkEvent event =
        new NetworkEvent(
            network,
            details(5),
            List.of(
                new SpeakerDetails("Dr Amara Okafor", "GP", null, null),
                new SpeakerDetails("Tom Reyes", "Expert by experience", null, ana)),
            ana,
            NOW);
    assertThat(event.getSpeakers())
        .extracting(EventSpeaker::getName)
        .containsExactly("Dr Amara Okafor", "Tom Reyes");
    assertThat(event.getSpeakers().get(0).getAccount()).as("from outside: no account").isNull();

    List<SpeakerDetails> many =
        java.util.stream.IntStream.range(0, 11)
            .mapToObj(i -> new SpeakerDetails("S" + i, null, null, null))
            .toList();
    assertThat(NetworkEvent.problemsOfNew(details(5), many, NOW))
        .containsEntry("speakers", "event.speakers.many");
  }

  @Test
  void cpdHoursAreTheLengthToTheNearestQuarterHour() {
    assertThat(event(5).cpdHours()).isEqualByComparingTo(new BigDecimal("1.5"));
    EventDetails short10 =
        new EventDetails(
            "T", null, START, START.plus(Duration.ofMinutes(10)), "Europe/London", null, "L", 5);
    assertThat(new NetworkEvent(network, short10, List.of(), ana, NOW).cpdHours())
        .isEqualByComparingTo(new BigDecimal("0.25"));
    EventDetails odd =
        new EventDetails(
            "T", null, START, START.plus(Duration.ofMinutes(100)), "Europe/London", null, "L", 5);
    assertThat(new NetworkEvent(network, odd, List.of(), ana, NOW).cpdHours())
        .isEqualByComparingTo(new BigDecimal("1.75"));
  }

  @Test
  void creatingAnEventIsActivityInTheNetwork() {
    new NetworkEvent(network, details(5), List.of(), ana, NOW.plusSeconds(60));
    assertThat(network.getLatestActivityAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void aZoneIsFoundWhateverItsCase() {
    EventDetails lower = new EventDetails("T", null, START, END, "europe/london", null, "L", 5);
    assertThat(lower.problems(NOW, null)).isEmpty();
    assertThat(new NetworkEvent(network, lower, List.of(), ana, NOW).getTimeZone())
        .isEqualTo("Europe/London");
  }
}
