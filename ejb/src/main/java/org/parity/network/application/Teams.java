package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.EmailAddress;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.application.TeamViews.Candidate;
import org.parity.network.application.TeamViews.MemberView;
import org.parity.network.application.TeamViews.TeamChoice;
import org.parity.network.application.TeamViews.TeamDetail;
import org.parity.network.application.TeamViews.TeamSummary;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkMembership;
import org.parity.network.domain.Team;
import org.parity.network.domain.TeamMember;
import org.parity.network.infrastructure.Networks;
import org.parity.network.infrastructure.TeamStore;
import org.parity.platform.Configuration;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;
import org.parity.platform.mail.MailOutbox;
import org.parity.platform.taxonomy.Taxonomy;

/**
 * Local teams in a learning network: a member or facilitator creates one and leads it; its leads
 * (or the network's facilitators) invite people by address or from the member list; the invited
 * person accepts or declines, joining the network if they had not; a team has one or two leads; a
 * facilitator closes it. Its page is for the network's members, its facilitators and whoever is
 * invited.
 */
@Stateless
@PermitAll
public class Teams {

  @Inject NetworkAccess access;
  @Inject Networks networks;
  @Inject TeamStore teams;
  @Inject Accounts accounts;
  @Inject Taxonomy taxonomy;
  @Inject MailOutbox outbox;
  @Inject Configuration configuration;
  @Inject Clock clock;
  @Inject SharedLearning shared;
  @Inject TeamAccess teamAccess;

  /** The network's teams, for its members and facilitators. */
  public List<TeamSummary> of(String networkSlug) {
    LearningNetwork network = access.network(networkSlug);
    Optional<Account> caller = access.caller();
    NetworkAccess.Standing standing = access.standing(network, caller);
    if (!standing.member() && !standing.moderator()) {
      return List.of();
    }
    return teams.ofNetwork(network).stream().map(Teams::summary).toList();
  }

  /** Starts a team, led by the caller: an active member or a facilitator of the network. */
  public long create(
      String networkSlug, String name, String place, String problem, List<String> priorityAreas) {
    LearningNetwork network = access.network(networkSlug);
    Account caller = access.signedIn();
    NetworkAccess.Standing standing = access.standing(network, Optional.of(caller));
    if (!standing.member() && !standing.moderator()) {
      throw new NotAllowedException("Join the network to start a team");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (name == null || name.isBlank() || name.strip().length() > 120) {
      errors.add("teamName", "team.nameRequired");
    }
    if (place == null || place.isBlank() || place.strip().length() > 200) {
      errors.add("teamPlace", "team.placeRequired");
    }
    if (problem == null || problem.isBlank() || problem.strip().length() > 2000) {
      errors.add("teamProblem", "team.problemRequired");
    }
    List<String> areas = priorityAreas == null ? List.of() : List.copyOf(priorityAreas);
    if (areas.stream().anyMatch(code -> !taxonomy.contains("priority_area", code))) {
      errors.add("teamAreas", "team.areaUnknown");
    }
    errors.throwIfAny();
    Team team = new Team(network, name, place, problem, areas, caller.getEmail(), clock.instant());
    teams.add(team);
    teams.flush();
    return team.getId();
  }

  public TeamDetail read(String networkSlug, long teamId) {
    Team team = team(networkSlug, teamId);
    Account caller = access.signedIn();
    LearningNetwork network = team.getNetwork();
    boolean invited =
        team.member(caller.getEmail())
            .map(m -> m.getStatus() == TeamMember.Status.INVITED)
            .orElse(false);
    NetworkAccess.Standing standing = access.standing(network, Optional.of(caller));
    boolean moderator = standing.moderator();
    if (!invited && !moderator && !standing.member()) {
      throw new NotAllowedException("Teams are for the network's members");
    }
    return detail(team, caller, moderator, invited);
  }

  /**
   * Invites someone by address (a member from the list, or anyone: the link works for a new account
   * too); they are told by mail.
   */
  public void invite(String networkSlug, long teamId, String email, String pageBase) {
    Team team = team(networkSlug, teamId);
    Account caller = requireManager(team);
    if (!EmailAddress.isWellFormed(email)) {
      throw InvalidInput.of("inviteEmail", "team.emailInvalid");
    }
    team.invite(email, caller.getEmail(), clock.instant());
    String link = link(team, pageBase);
    String address = EmailAddress.normalise(email);
    String greeting =
        accounts.byEmail(address).map(a -> "Hello " + a.getDisplayName()).orElse("Hello");
    outbox.enqueue(
        address,
        "Join the team \"" + team.getName() + "\" on Parity?",
        greeting
            + ",\n\n"
            + caller.getDisplayName()
            + " invites you to the team \""
            + team.getName()
            + "\" ("
            + team.getPlace()
            + ") in the learning network "
            + team.getNetwork().getName()
            + ". The team works on: "
            + team.getProblem()
            + "\n\nSign in, or register, with this address to accept or decline:\n\n"
            + link
            + "\n\nParity",
        link);
  }

  /**
   * The invited caller accepts or declines; accepting makes them an active member of the network if
   * they were not (the team's invitation stands for a facilitator's approval).
   */
  public void answer(String networkSlug, long teamId, boolean accept) {
    Team team = team(networkSlug, teamId);
    Account caller = access.signedIn();
    TeamMember answered = team.answer(caller.getEmail(), accept, clock.instant());
    if (accept) {
      LearningNetwork network = team.getNetwork();
      NetworkMembership membership =
          networks
              .membership(network, caller)
              .orElseGet(
                  () -> {
                    NetworkMembership joined =
                        new NetworkMembership(network, caller, clock.instant());
                    networks.add(joined);
                    return joined;
                  });
      if (!membership.isActive()) {
        membership.ask(clock.instant());
        if (!membership.isActive()) {
          membership.approve(
              answered.getInvitedBy(), "Joined with the team " + team.getName(), clock.instant());
        }
      }
      shared.enrolJoiner(team, caller);
    }
  }

  /**
   * A lead enrols the whole team in one step on the newest published version of a curriculum or
   * module ({@code course}: "curriculum:slug" or "module:slug"); each member is enrolled on that
   * version (keeping an enrolment they had on the same learning) and told by mail and the bell.
   */
  public void enrol(String networkSlug, long teamId, String course, String pageBase) {
    Team team = team(networkSlug, teamId);
    Account caller = teamAccess.requireLead(team);
    shared.enrolTeam(team, course, caller, pageBase);
  }

  public void makeLead(String networkSlug, long teamId, long memberId) {
    Team team = team(networkSlug, teamId);
    requireManager(team);
    team.makeLead(memberId);
  }

  public void stepDown(String networkSlug, long teamId, long memberId) {
    Team team = team(networkSlug, teamId);
    requireManager(team);
    team.stepDown(memberId);
  }

  /** The caller, a member of the network, wants (or no longer wants) nudges when they go quiet. */
  public void wantNudges(String networkSlug, long teamId, boolean wanted) {
    Team team = team(networkSlug, teamId);
    Account caller = access.signedIn();
    NetworkMembership membership =
        networks
            .membership(team.getNetwork(), caller)
            .filter(NetworkMembership::isActive)
            .orElseThrow(() -> new NotAllowedException("Not a member of the network"));
    membership.wantNudges(wanted);
  }

  /**
   * A facilitator moves a member into another open team of the network, where they learn what that
   * team learns.
   */
  public void move(String networkSlug, long teamId, long memberId, long targetId) {
    Team team = team(networkSlug, teamId);
    Account caller = access.requireModerator(team.getNetwork());
    Team target = team(networkSlug, targetId);
    TeamMember member =
        team.getMembers().stream()
            .filter(m -> m.getId() != null && m.getId() == memberId)
            .findFirst()
            .orElseThrow(() -> InvalidInput.of("moveMember", "team.refusal.noMember"));
    String email = member.getEmail();
    team.moveTo(target, email, caller.getEmail(), clock.instant());
    accounts.byEmail(email).ifPresent(person -> shared.enrolJoiner(target, person));
  }

  /** A facilitator merges the team into another: its members join that team, and it closes. */
  public void merge(String networkSlug, long teamId, long targetId) {
    Team team = team(networkSlug, teamId);
    Account caller = access.requireModerator(team.getNetwork());
    Team target = team(networkSlug, targetId);
    List<String> moving = team.active().stream().map(TeamMember::getEmail).toList();
    team.mergeInto(target, caller.getEmail(), clock.instant());
    moving.stream()
        .flatMap(email -> accounts.byEmail(email).stream())
        .forEach(person -> shared.enrolJoiner(target, person));
  }

  /** A facilitator closes a team: it stays to read, and nobody joins it any more. */
  public void close(String networkSlug, long teamId) {
    Team team = team(networkSlug, teamId);
    Account caller = access.requireModerator(team.getNetwork());
    team.close(caller.getEmail(), clock.instant());
  }

  /** Open invitations to the caller's address, for their dashboard. */
  public List<TeamSummary> myInvitations() {
    return access.caller().stream()
        .flatMap(a -> teams.invitationsOf(a.getEmail()).stream())
        .map(TeamMember::getTeam)
        .map(Teams::summary)
        .toList();
  }

  private static TeamSummary summary(Team t) {
    return new TeamSummary(
        t.getId(),
        t.getNetwork().getSlug(),
        t.getName(),
        t.getPlace(),
        t.active().size(),
        t.isOpen());
  }

  /** A lead of the team, or a facilitator of its network. */
  private Account requireManager(Team team) {
    Account caller = access.signedIn();
    boolean lead = team.isActiveLead(caller.getEmail());
    if (!lead && !access.moderates(team.getNetwork(), Optional.of(caller))) {
      throw new NotAllowedException("Only the team's leads and the network's facilitators may");
    }
    return caller;
  }

  private Team team(String networkSlug, long teamId) {
    return teamAccess.team(networkSlug, teamId);
  }

  private TeamDetail detail(Team team, Account caller, boolean moderator, boolean invited) {
    Map<String, Account> people =
        team.getMembers().stream()
            .map(TeamMember::getEmail)
            .flatMap(e -> accounts.byEmail(e).stream())
            .collect(Collectors.toMap(Account::getEmail, Function.identity(), (a, b) -> a));
    boolean manager = team.isOpen() && (moderator || team.isActiveLead(caller.getEmail()));
    List<MemberView> members = new ArrayList<>();
    for (TeamMember m : team.getMembers()) {
      if (m.getStatus() == TeamMember.Status.DECLINED && !manager) {
        continue;
      }
      Account person = people.get(m.getEmail());
      members.add(
          new MemberView(
              m.getId(),
              person != null ? person.getDisplayName() : manager ? m.getEmail() : null,
              person == null ? null : person.getProfession(),
              m.getStatus().name(),
              m.isLead(),
              m.getEmail().equals(EmailAddress.normalise(caller.getEmail()))));
    }
    List<String> professions =
        team.active().stream()
            .map(m -> people.get(m.getEmail()))
            .filter(a -> a != null)
            .map(Account::getProfession)
            .toList();
    return new TeamDetail(
        team.getId(),
        team.getNetwork().getSlug(),
        team.getNetwork().getName(),
        team.getName(),
        team.getPlace(),
        team.getProblem(),
        team.getPriorityAreas(),
        team.isOpen(),
        members,
        Team.oneProfession(professions),
        manager,
        moderator && team.isOpen(),
        invited && team.isOpen(),
        manager ? candidates(team) : List.of(),
        shared.views(team, people, team.isActiveMember(caller.getEmail()) || moderator),
        team.isOpen() && team.isActiveLead(caller.getEmail()) ? shared.choices(team) : List.of(),
        team.isActiveMember(caller.getEmail())
            ? networks
                .membership(team.getNetwork(), caller)
                .filter(NetworkMembership::isActive)
                .map(NetworkMembership::wantsNudges)
                .orElse(null)
            : null,
        moderator && team.isOpen()
            ? teams.ofNetwork(team.getNetwork()).stream()
                .filter(t -> t.isOpen() && !t.getId().equals(team.getId()))
                .map(t -> new TeamChoice(t.getId(), t.getName()))
                .toList()
            : List.of());
  }

  /**
   * The network's active members, listed in its directory, who are neither in the team nor invited
   * to it.
   */
  private List<Candidate> candidates(Team team) {
    return networks.withStatus(team.getNetwork(), NetworkMembership.Status.ACTIVE).stream()
        .filter(NetworkMembership::isVisibleInDirectory)
        .map(NetworkMembership::getAccount)
        .filter(a -> team.member(a.getEmail()).map(m -> !m.isStanding()).orElse(true))
        .sorted(Comparator.comparing(Account::getDisplayName, String.CASE_INSENSITIVE_ORDER))
        .map(a -> new Candidate(a.getEmail(), a.getDisplayName(), a.getProfession()))
        .toList();
  }

  private String link(Team team, String pageBase) {
    return configuration.linkBase(pageBase)
        + "/networks/"
        + team.getNetwork().getSlug()
        + "/teams/"
        + team.getId();
  }
}
