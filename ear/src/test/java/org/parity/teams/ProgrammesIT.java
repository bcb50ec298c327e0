package org.parity.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parity.teams.TeamPeople.MEMBER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.it.As;
import org.parity.it.Deployments;
import org.parity.network.application.EventAttendance;
import org.parity.network.application.EventReading;
import org.parity.network.application.EventViews.Attendance;
import org.parity.network.application.EventViews.EventInput;
import org.parity.network.application.EventViews.RegistrantView;
import org.parity.network.application.Programmes;
import org.parity.network.application.Programmes.SessionAttendance;
import org.parity.network.application.Teams;
import org.parity.platform.OutOfTurn;

/**
 * Programmes of events, as the services decide them: only the network's facilitators plan one and
 * add its sessions; only a team's lead registers the team, once, and its members are registered for
 * every session to come, added before or after; attendance reaches the CPD log by an event, naming
 * the programme, once however often it is marked, and gone when unmarked; the team's page shows who
 * came, to the team and its facilitators only.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammesIT {

  private static final Set<String> FACILITATOR = Set.of("LEARNER", "MEMBER", "FACILITATOR");
  private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Deployment
  static WebArchive deployment() {
    return Deployments.servicesAsPeople(ProgrammesIT.class);
  }

  @Inject TeamPeople people;
  @Inject Teams teams;
  @Inject Programmes programmes;
  @Inject EventReading reading;
  @Inject EventAttendance attendance;

  @Test
  void aTeamRegistersOnceAndItsAttendanceIsCreditedNamingTheProgramme() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    TeamPeople.Made made = people.make(run);
    String network = made.network();
    long team = TeamSteps.start(teams, made, "Workshop team");
    TeamSteps.join(teams, people, made, team, made.member());

    // Only the network's facilitator plans it.
    assertThatThrownBy(
            () -> As.call(made.lead(), MEMBER, () -> programmes.create(network, "Series", null)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () ->
                As.call(
                    made.otherFacilitator(),
                    FACILITATOR,
                    () -> programmes.create(network, "Series", null)))
        .isInstanceOf(EJBAccessException.class);
    long programme =
        As.call(
            made.facilitator(),
            FACILITATOR,
            () -> programmes.create(network, "Whole-person care workshops", "Six of them"));
    long first =
        As.call(
            made.facilitator(),
            FACILITATOR,
            () -> programmes.addSession(network, programme, session("Mood", 30)));

    // Only a lead registers the team, once; its members then have a place at each session.
    assertThatThrownBy(
            () ->
                As.run(
                    made.member(), MEMBER, () -> programmes.registerTeam(network, programme, team)))
        .isInstanceOf(EJBAccessException.class);
    As.run(made.lead(), MEMBER, () -> programmes.registerTeam(network, programme, team));
    assertThatThrownBy(
            () ->
                As.run(
                    made.lead(), MEMBER, () -> programmes.registerTeam(network, programme, team)))
        .isInstanceOfSatisfying(
            OutOfTurn.class, e -> assertThat(e.key()).isEqualTo("programme.refusal.registered"));
    long second =
        As.call(
            made.facilitator(),
            FACILITATOR,
            () -> programmes.addSession(network, programme, session("Medicines", 24 * 60)));
    for (long session : List.of(first, second)) {
      assertThat(
              As.call(made.facilitator(), FACILITATOR, () -> reading.event(network, session))
                  .registered())
          .extracting(RegistrantView::displayName)
          .containsExactlyInAnyOrder("Person " + made.lead(), "Person " + made.member());
    }
    assertThat(As.call(made.outsider(), MEMBER, () -> programmes.read(network, programme)).teams())
        .containsExactly("Workshop team");

    // The facilitator marks the member as having come, twice: one CPD entry, naming the programme.
    long registration =
        As.call(made.facilitator(), FACILITATOR, () -> reading.event(network, first))
            .registered()
            .stream()
            .filter(r -> r.displayName().equals("Person " + made.member()))
            .findFirst()
            .orElseThrow()
            .id();
    for (int times = 0; times < 2; times++) {
      As.call(
          made.facilitator(),
          FACILITATOR,
          () ->
              attendance.markAttendance(
                  network, first, List.of(new Attendance(registration, true))));
    }
    assertThat(people.cpdTitlesOf(made.member()))
        .containsExactly("Whole-person care workshops: Mood");
    As.call(
        made.facilitator(),
        FACILITATOR,
        () ->
            attendance.markAttendance(
                network, first, List.of(new Attendance(registration, false))));
    assertThat(people.cpdTitlesOf(made.member())).as("unmarked, the entry goes").isEmpty();
    As.call(
        made.facilitator(),
        FACILITATOR,
        () ->
            attendance.markAttendance(network, first, List.of(new Attendance(registration, true))));

    // The team's page: who came, for the team and the facilitators; nobody else.
    List<SessionAttendance> sessions =
        As.call(made.lead(), MEMBER, () -> programmes.ofTeam(network, team)).get(0).sessions();
    assertThat(sessions).extracting(SessionAttendance::title).containsExactly("Mood", "Medicines");
    assertThat(sessions.get(0).attended()).containsExactly("Person " + made.member());
    assertThat(sessions.get(0).registered()).isEqualTo(2);
    assertThatThrownBy(
            () -> As.call(made.outsider(), MEMBER, () -> programmes.ofTeam(network, team)))
        .isInstanceOf(EJBAccessException.class);
  }

  /** A session starting in so many minutes (attendance opens an hour before), lasting an hour. */
  private static EventInput session(String title, int minutes) {
    ZoneId london = ZoneId.of("Europe/London");
    LocalDateTime start = LocalDateTime.now(london).plusMinutes(minutes).withSecond(0).withNano(0);
    return new EventInput(
        title,
        "A session",
        FORM.format(start),
        FORM.format(start.plusHours(1)),
        london.getId(),
        "https://meet.example.org/" + title.toLowerCase(),
        null,
        20,
        List.of());
  }
}
