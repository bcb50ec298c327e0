package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.UnitKind;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.EmailAddress;
import org.parity.identity.infrastructure.Accounts;
import org.parity.learning.application.GroupLearning;
import org.parity.network.application.TeamViews.Candidate;
import org.parity.network.application.TeamViews.CourseChoice;
import org.parity.network.application.TeamViews.MemberProgress;
import org.parity.network.application.TeamViews.MemberView;
import org.parity.network.application.TeamViews.TeamDetail;
import org.parity.network.application.TeamViews.TeamLearning;
import org.parity.network.application.TeamViews.TeamSummary;
import org.parity.network.application.TeamViews.UnitColumn;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkMembership;
import org.parity.network.domain.Notice;
import org.parity.network.domain.Team;
import org.parity.network.domain.TeamEnrolment;
import org.parity.network.domain.TeamMember;
import org.parity.network.infrastructure.Networks;
import org.parity.network.infrastructure.Notifications;
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
  @Inject Curricula curricula;
  @Inject GroupLearning learning;
  @Inject Notifications notices;

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
      // Someone who joins later learns what the team learns, at the version it chose.
      for (TeamEnrolment course : team.getEnrolments()) {
        enrolMember(team, course, caller, course.getEnrolledBy(), true, null);
      }
    }
  }

  /**
   * A lead enrols the whole team in one step on the newest published version of a curriculum or
   * module ({@code course}: "curriculum:slug" or "module:slug"); each member is enrolled on that
   * version (keeping an enrolment they had on the same learning) and told by mail and the bell.
   */
  public void enrol(String networkSlug, long teamId, String course, String pageBase) {
    Team team = team(networkSlug, teamId);
    Account caller = access.signedIn();
    if (!team.isLead(caller.getEmail()) || !team.isActiveMember(caller.getEmail())) {
      throw new NotAllowedException("Only the team's leads enrol the team");
    }
    String[] kindAndSlug = course == null ? new String[0] : course.split(":", 2);
    Optional<CurriculumVersion> curriculum =
        kindAndSlug.length == 2 && kindAndSlug[0].equals("curriculum")
            ? curricula.latestPublishedCurriculum(kindAndSlug[1])
            : Optional.empty();
    Optional<ModuleVersion> module =
        kindAndSlug.length == 2 && kindAndSlug[0].equals("module")
            ? curricula.latestPublishedModule(kindAndSlug[1])
            : Optional.empty();
    if (curriculum.isEmpty() && module.isEmpty()) {
      throw InvalidInput.of("course", "team.courseRequired");
    }
    TeamEnrolment enrolled =
        team.enrol(
            curriculum.orElse(null), module.orElse(null), caller.getEmail(), clock.instant());
    for (TeamMember member : team.active()) {
      Optional<Account> person = accounts.byEmail(member.getEmail());
      if (person.isPresent()) {
        boolean me = person.get().getId().equals(caller.getId());
        enrolMember(team, enrolled, person.get(), caller.getEmail(), !me, pageBase);
      }
    }
  }

  /**
   * Enrols one member on the team's learning; when they are to be told, puts it on their bell and,
   * with a {@code pageBase}, mails them too.
   */
  private void enrolMember(
      Team team,
      TeamEnrolment course,
      Account member,
      String byEmail,
      boolean tell,
      String pageBase) {
    long enrolmentId =
        learning.enrol(member, course.getCurriculumVersion(), course.getModuleVersion()).getId();
    if (!tell) {
      return;
    }
    String path = "/learn/" + enrolmentId;
    notices.add(
        new Notice(
            member,
            Notice.Kind.TEAM_ENROLMENT,
            byEmail,
            course.title(),
            team.getName(),
            path,
            clock.instant()));
    if (pageBase != null) {
      String link = configuration.linkBase(pageBase) + path;
      outbox.enqueue(
          member.getEmail(),
          "Your team is learning \"" + course.title() + "\" together",
          "Hello "
              + member.getDisplayName()
              + ",\n\n"
              + displayName(byEmail)
              + " enrolled the team \""
              + team.getName()
              + "\" on \""
              + course.title()
              + "\" (version "
              + course.versionNumber()
              + "), so you learn it together; the team's page shows how each of you is getting"
              + " on (what is done, never your answers).\n\nStart or continue here:\n\n"
              + link
              + "\n\nParity",
          link);
    }
  }

  private String displayName(String email) {
    return accounts.byEmail(email).map(Account::getDisplayName).orElse("");
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
    boolean lead = team.isLead(caller.getEmail()) && team.isActiveMember(caller.getEmail());
    if (!lead && !access.moderates(team.getNetwork(), Optional.of(caller))) {
      throw new NotAllowedException("Only the team's leads and the network's facilitators may");
    }
    return caller;
  }

  private Team team(String networkSlug, long teamId) {
    LearningNetwork network = access.network(networkSlug);
    return teams
        .team(teamId)
        .filter(t -> t.getNetwork().getId().equals(network.getId()))
        .orElseThrow(() -> InvalidInput.of("team", "team.unknown"));
  }

  private TeamDetail detail(Team team, Account caller, boolean moderator, boolean invited) {
    Map<String, Account> people =
        team.getMembers().stream()
            .map(TeamMember::getEmail)
            .flatMap(e -> accounts.byEmail(e).stream())
            .collect(Collectors.toMap(Account::getEmail, Function.identity(), (a, b) -> a));
    boolean manager =
        team.isOpen()
            && (moderator
                || (team.isLead(caller.getEmail()) && team.isActiveMember(caller.getEmail())));
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
        learning(team, people, team.isActiveMember(caller.getEmail()) || moderator),
        team.isOpen() && team.isLead(caller.getEmail()) && team.isActiveMember(caller.getEmail())
            ? courseChoices(team)
            : List.of());
  }

  /**
   * What the team learns; each member's progress per unit for those who may see it (the team and
   * the network's facilitators), never their answers.
   */
  private List<TeamLearning> learning(Team team, Map<String, Account> people, boolean progress) {
    List<Account> members =
        team.active().stream()
            .map(m -> people.get(m.getEmail()))
            .filter(a -> a != null)
            .sorted(Comparator.comparing(Account::getDisplayName, String.CASE_INSENSITIVE_ORDER))
            .toList();
    List<TeamLearning> views = new ArrayList<>();
    for (TeamEnrolment course : team.getEnrolments()) {
      List<UnitColumn> units = new ArrayList<>();
      for (ModuleVersion module : course.modules()) {
        module.getUnits().stream()
            .map(
                u ->
                    new UnitColumn(
                        u.getId(), u.getTitle(), module.getTitle(), u.getKind() == UnitKind.QUIZ))
            .forEach(units::add);
      }
      Map<Long, GroupLearning.LearnerProgress> done =
          progress
              ? learning.progress(
                  members,
                  course.getCurriculumVersion(),
                  course.getModuleVersion(),
                  course.modules())
              : Map.of();
      List<MemberProgress> rows = new ArrayList<>();
      if (progress) {
        for (Account member : members) {
          GroupLearning.LearnerProgress p = done.get(member.getId());
          rows.add(
              new MemberProgress(
                  member.getDisplayName(),
                  member.getProfession(),
                  p == null ? 0 : p.percent(),
                  p != null && p.completed(),
                  p == null
                      ? List.of()
                      : units.stream().map(u -> p.units().get(u.id()).name()).toList()));
        }
      }
      views.add(
          new TeamLearning(
              course.getId(),
              course.title(),
              course.versionNumber(),
              course.getCurriculumVersion() != null
                  ? "/curricula/" + course.getCurriculumVersion().getCurriculum().getSlug()
                  : "/modules/" + course.getModuleVersion().getModule().getSlug(),
              units,
              rows,
              (int) rows.stream().filter(MemberProgress::completed).count(),
              members.size()));
    }
    return views;
  }

  /** Published curricula and modules the team is not enrolled on yet, by title. */
  private List<CourseChoice> courseChoices(Team team) {
    Set<Long> curriculaTaken = new HashSet<>();
    Set<Long> modulesTaken = new HashSet<>();
    for (TeamEnrolment e : team.getEnrolments()) {
      if (e.getCurriculumVersion() != null) {
        curriculaTaken.add(e.getCurriculumVersion().getCurriculum().getId());
      } else {
        modulesTaken.add(e.getModuleVersion().getModule().getId());
      }
    }
    List<CourseChoice> choices = new ArrayList<>();
    curricula.publishedCurricula().stream()
        .filter(v -> !curriculaTaken.contains(v.getCurriculum().getId()))
        .sorted(Comparator.comparing(CurriculumVersion::getTitle, String.CASE_INSENSITIVE_ORDER))
        .forEach(
            v ->
                choices.add(
                    new CourseChoice("curriculum:" + v.getCurriculum().getSlug(), v.getTitle())));
    curricula.publishedModules().stream()
        .filter(v -> !modulesTaken.contains(v.getModule().getId()))
        .sorted(Comparator.comparing(ModuleVersion::getTitle, String.CASE_INSENSITIVE_ORDER))
        .forEach(
            v -> choices.add(new CourseChoice("module:" + v.getModule().getSlug(), v.getTitle())));
    return choices;
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
