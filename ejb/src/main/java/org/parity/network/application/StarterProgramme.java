package org.parity.network.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import org.parity.network.domain.EventDetails;
import org.parity.network.domain.EventProgramme;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkEvent;
import org.parity.network.domain.ProgrammeTeam;
import org.parity.network.domain.SpeakerDetails;
import org.parity.network.infrastructure.NetworkEventStore;
import org.parity.network.infrastructure.Networks;
import org.parity.network.infrastructure.TeamStore;

/**
 * A starter programme in the starter network: three monthly workshops, the first five weeks after
 * first start, each with its own speaker, and the first example team registered for the series, so
 * a newcomer sees what a programme looks like. Idempotent by title; the speakers are fictional.
 */
@Singleton
@Startup
@DependsOn({"StarterTeams", "StarterEvents"})
public class StarterProgramme {

  private static final Logger LOG = Logger.getLogger(StarterProgramme.class.getName());

  static final String TITLE = "Whole-person care in practice: three workshops (example)";

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private record Session(String title, String about, SpeakerDetails speaker) {}

  private static final List<Session> SESSIONS =
      List.of(
          new Session(
              "Workshop 1: one person, two conditions",
              "Why mental and physical health come apart in services, and what the local teams"
                  + " brought: the problem each will work on.",
              new SpeakerDetails(
                  "Dr Lena Marsh",
                  "Consultant liaison psychiatrist, Northfield (demo)",
                  "Lena works between the acute hospital and its mental health services.",
                  null)),
          new Session(
              "Workshop 2: measuring what matters",
              "Turning a local problem into a measurable aim and a handful of outcome measures;"
                  + " each team drafts its plan.",
              new SpeakerDetails(
                  "Priya Nair",
                  "Quality improvement lead, Valley Primary Care Network (demo)",
                  "Priya coaches practice teams through their first improvement projects.",
                  null)),
          new Session(
              "Workshop 3: what we changed",
              "Teams share what they tried, what moved, and what they would tell the next team.",
              new SpeakerDetails(
                  "Sam Okoye",
                  "Peer support worker and expert by experience (demo)",
                  "Sam helps services hear from the people who use them.",
                  null)));

  @Inject Networks networks;
  @Inject NetworkEventStore events;
  @Inject TeamStore teams;
  @Inject Clock clock;

  @PostConstruct
  void createMissing() {
    LearningNetwork network = networks.bySlug(StarterNetworks.INTEGRATING).orElse(null);
    if (network == null
        || events.programmes(network).stream().anyMatch(p -> p.getTitle().equals(TITLE))) {
      return;
    }
    Instant now = clock.instant();
    EventProgramme programme =
        new EventProgramme(
            network,
            TITLE,
            "A series for the network's local teams: each brings a problem from its own place,"
                + " learns with the others and goes home with a plan. Register your team once"
                + " for all three.",
            "starter@parity.invalid",
            now);
    events.add(programme);
    LocalDate first = LocalDate.now(clock.withZone(LONDON)).plusWeeks(5);
    for (int i = 0; i < SESSIONS.size(); i++) {
      Session s = SESSIONS.get(i);
      LocalDate day = first.plusMonths(i);
      NetworkEvent session =
          new NetworkEvent(
              network,
              new EventDetails(
                  s.title(),
                  s.about(),
                  day.atTime(LocalTime.of(13, 30)),
                  day.atTime(LocalTime.of(16, 30)),
                  LONDON.getId(),
                  "https://meet.example.org/parity/whole-person-care-" + (i + 1),
                  null,
                  60),
              List.of(s.speaker()),
              null,
              now);
      session.partOf(programme);
      events.add(session);
    }
    teams.ofNetwork(network).stream()
        .filter(t -> t.getName().startsWith("Riverside"))
        .findFirst()
        .ifPresent(
            team -> events.add(new ProgrammeTeam(programme, team, "starter@parity.invalid", now)));
    LOG.info("Starter programme: three sessions added");
  }
}
