package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.application.EventViews.EventInput;
import org.parity.network.application.EventViews.EventSummary;
import org.parity.network.domain.EventProgramme;
import org.parity.network.domain.EventRegistration;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkEvent;
import org.parity.network.domain.NetworkException;
import org.parity.network.domain.ProgrammeTeam;
import org.parity.network.domain.Team;
import org.parity.network.domain.TeamMember;
import org.parity.network.infrastructure.NetworkEventStore;
import org.parity.network.infrastructure.TeamStore;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;

/**
 * Programmes of a network's events: its facilitators plan a series and add its sessions (each an
 * event of the network, with its own speakers and attendance); a team's lead registers the team
 * once, and each active member is registered for every session to come, now and as sessions are
 * added (a full session puts them on its waiting list). The team's page shows who came.
 */
@Stateless
@PermitAll
public class Programmes {

  /** A programme in the network's list. */
  public record ProgrammeSummary(long id, String title, int sessions, LocalDateTime next) {}

  /** A team the caller leads that may still register. */
  public record TeamChoice(long id, String name) {}

  public record ProgrammeView(
      long id,
      String title,
      String description,
      String networkSlug,
      String networkName,
      List<EventSummary> sessions,
      List<String> teams,
      List<TeamChoice> teamChoices,
      boolean facilitator) {}

  /**
   * A session as a team's page shows it: who of the team came, once attendance is being marked
   * (from an hour before it starts); before, how many are registered.
   */
  public record SessionAttendance(
      long eventId,
      String title,
      LocalDateTime start,
      boolean attendanceOpen,
      boolean cancelled,
      int registered,
      List<String> attended) {}

  public record TeamProgramme(long id, String title, List<SessionAttendance> sessions) {}

  @Inject EventAccess eventAccess;
  @Inject NetworkAccess access;
  @Inject NetworkEventStore events;
  @Inject TeamStore teams;
  @Inject TeamAccess teamAccess;
  @Inject EventArranging arranging;
  @Inject EventReading reading;
  @Inject Accounts accounts;
  @Inject Clock clock;

  /** The network's programmes, newest first, for whoever reads its events. */
  public List<ProgrammeSummary> of(String networkSlug) {
    LearningNetwork network = eventAccess.readable(networkSlug);
    Instant now = clock.instant();
    return events.programmes(network).stream()
        .map(
            p -> {
              List<NetworkEvent> sessions = events.sessions(p);
              return new ProgrammeSummary(
                  p.getId(),
                  p.getTitle(),
                  sessions.size(),
                  sessions.stream()
                      .filter(e -> e.getEndsAt().isAfter(now) && !e.isCancelled())
                      .findFirst()
                      .map(e -> e.getStartsAt().atZone(e.zone()).toLocalDateTime())
                      .orElse(null));
            })
        .toList();
  }

  /** A facilitator plans a programme; answers its id. */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public long create(String networkSlug, String title, String description) {
    LearningNetwork network = access.network(networkSlug);
    Account me = access.requireModerator(network);
    EventProgramme programme =
        new EventProgramme(network, title, description, me.getEmail(), clock.instant());
    events.add(programme);
    return programme.getId();
  }

  public ProgrammeView read(String networkSlug, long programmeId) {
    EventProgramme programme = programme(networkSlug, programmeId);
    Optional<Account> me = eventAccess.caller();
    LearningNetwork network = programme.getNetwork();
    List<ProgrammeTeam> registered = events.teams(programme);
    List<TeamChoice> choices =
        me.map(
                caller ->
                    teams.ofNetwork(network).stream()
                        .filter(Team::isOpen)
                        .filter(t -> t.isActiveLead(caller.getEmail()))
                        .filter(
                            t ->
                                registered.stream()
                                    .noneMatch(r -> r.getTeam().getId().equals(t.getId())))
                        .map(t -> new TeamChoice(t.getId(), t.getName()))
                        .toList())
            .orElse(List.of());
    return new ProgrammeView(
        programme.getId(),
        programme.getTitle(),
        programme.getDescription(),
        network.getSlug(),
        network.getName(),
        events.sessions(programme).stream().map(e -> reading.summary(e, me)).toList(),
        registered.stream().map(r -> r.getTeam().getName()).toList(),
        choices,
        access.moderates(network, me));
  }

  /**
   * A facilitator adds a session: an event of the network that names the programme; the members of
   * the teams registered for the programme are registered for it. Answers the event's id.
   */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public long addSession(String networkSlug, long programmeId, EventInput input) {
    EventProgramme programme = programme(networkSlug, programmeId);
    access.requireModerator(programme.getNetwork());
    long id = arranging.create(networkSlug, input);
    NetworkEvent session = events.event(id).orElseThrow();
    session.partOf(programme);
    Instant now = clock.instant();
    for (ProgrammeTeam registered : events.teams(programme)) {
      registerMembers(registered.getTeam(), session, now);
    }
    return id;
  }

  /**
   * A lead registers their team once: each active member is registered for every session to come
   * (on the waiting list where a session is full).
   */
  public void registerTeam(String networkSlug, long programmeId, Long teamId) {
    EventProgramme programme = programme(networkSlug, programmeId);
    if (teamId == null) {
      throw InvalidInput.of("team", "programme.teamRequired");
    }
    Team team =
        teams
            .team(programme.getNetwork(), teamId)
            .orElseThrow(() -> InvalidInput.of("team", "team.unknown"));
    Account lead = teamAccess.requireLead(team);
    if (events.teams(programme).stream().anyMatch(r -> r.getTeam().getId().equals(teamId))) {
      throw new NetworkException("The team is registered already.", "programme.refusal.registered");
    }
    Instant now = clock.instant();
    events.add(new ProgrammeTeam(programme, team, lead.getEmail(), now));
    for (NetworkEvent session : events.sessions(programme)) {
      registerMembers(team, events.eventForUpdate(session.getId()).orElseThrow(), now);
    }
  }

  /** The programmes the team is registered for, session by session, for its insiders. */
  public List<TeamProgramme> ofTeam(String networkSlug, long teamId) {
    Team team = teamAccess.team(networkSlug, teamId);
    teamAccess.requireInsider(team);
    Instant now = clock.instant();
    List<String> members = team.active().stream().map(TeamMember::getEmail).toList();
    return events.programmesOf(team).stream()
        .map(ProgrammeTeam::getProgramme)
        .map(
            p ->
                new TeamProgramme(
                    p.getId(),
                    p.getTitle(),
                    events.sessions(p).stream().map(e -> attendance(e, members, now)).toList()))
        .toList();
  }

  private static SessionAttendance attendance(NetworkEvent e, List<String> members, Instant now) {
    List<EventRegistration> ours =
        e.getRegistrations().stream()
            .filter(EventRegistration::isActive)
            .filter(r -> members.contains(r.getAccount().getEmail()))
            .toList();
    return new SessionAttendance(
        e.getId(),
        e.getTitle(),
        e.getStartsAt().atZone(e.zone()).toLocalDateTime(),
        e.isAttendanceOpen(now),
        e.isCancelled(),
        ours.size(),
        ours.stream()
            .filter(EventRegistration::isAttended)
            .map(r -> r.getAccount().getDisplayName())
            .toList());
  }

  private void registerMembers(Team team, NetworkEvent session, Instant now) {
    for (TeamMember member : team.active()) {
      accounts
          .byEmail(member.getEmail())
          .filter(Account::isEnabled)
          .filter(person -> session.mayRegister(person, now))
          .ifPresent(person -> session.register(person, now));
    }
  }

  private EventProgramme programme(String networkSlug, long programmeId) {
    LearningNetwork network = eventAccess.readable(networkSlug);
    return events
        .programme(programmeId)
        .filter(p -> p.getNetwork().getId().equals(network.getId()))
        .orElseThrow(() -> new NotAllowedException("No such programme"));
  }
}
