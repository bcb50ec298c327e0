package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parity.casestudy.application.CaseStudyAuthoring;
import org.parity.casestudy.application.CaseStudyRules;
import org.parity.casestudy.domain.CaseStudyContent;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.EmailAddress;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.domain.ActionPlan;
import org.parity.network.domain.LibraryResource;
import org.parity.network.domain.NetworkException;
import org.parity.network.domain.PlanAction;
import org.parity.network.domain.PlanUpdate;
import org.parity.network.domain.Team;
import org.parity.network.domain.TeamMember;
import org.parity.network.infrastructure.Library;
import org.parity.network.infrastructure.TeamStore;
import org.parity.platform.InvalidInput;
import org.parity.platform.taxonomy.Taxonomy;

/**
 * A team's improvement plan, written by its members and read by them and the network's
 * facilitators: the problem, a measurable aim, outcome measures, actions with owners and due dates,
 * dated updates. A lead marks it done when every action is, then turns it into a case-study draft
 * that names the team's members as co-authors once each agrees.
 */
@Stateless
@PermitAll
public class ActionPlans {

  /** Due dates are the team's days, which are the UK's. */
  public static final ZoneId UK = ZoneId.of("Europe/London");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  /**
   * A team's plan as its page shows it; {@code written} is false while the team has none (the form
   * starts from the team's problem). {@code may*} say what the caller may do.
   */
  public record PlanView(
      long teamId,
      String teamName,
      String networkSlug,
      String networkName,
      boolean written,
      String problem,
      String aim,
      String measures,
      boolean done,
      List<ActionView> actions,
      List<UpdateView> updates,
      int doneCount,
      int overdueCount,
      boolean mayWrite,
      boolean mayFinish,
      boolean mayTurn,
      boolean member,
      String caseStudySlug,
      List<OwnerChoice> owners,
      /* The library entries the plan draws on; and, for its writers, those they may link. */
      List<LinkedResource> resources,
      List<LinkedResource> resourceChoices) {}

  /** A library entry as the plan links it. */
  public record LinkedResource(long id, String title, String path) {}

  public record ActionView(
      long id,
      String description,
      String owner,
      String ownerProfession,
      LocalDate due,
      LocalDate doneOn,
      boolean overdue) {}

  public record UpdateView(String body, String author, Instant at, String action) {}

  public record OwnerChoice(String email, String name) {}

  @Inject TeamAccess access;
  @Inject TeamStore teams;
  @Inject Accounts accounts;
  @Inject Taxonomy taxonomy;
  @Inject CaseStudyAuthoring caseStudies;
  @Inject Clock clock;
  @Inject Library library;

  /** The plan, for the team and the network's facilitators. */
  public PlanView read(String networkSlug, long teamId) {
    Team team = access.team(networkSlug, teamId);
    Account caller = access.requireInsider(team);
    return view(team, teams.plan(team), caller);
  }

  /** Writes the plan's problem, aim and measures (a member of an open team). */
  public void write(String networkSlug, long teamId, String problem, String aim, String measures) {
    Team team = writable(networkSlug, teamId);
    Account caller = access.requireMember(team);
    Optional<ActionPlan> plan = teams.plan(team);
    if (plan.isPresent()) {
      plan.get().edit(problem, aim, measures, clock.instant());
    } else {
      teams.add(new ActionPlan(team, problem, aim, measures, caller.getEmail(), clock.instant()));
    }
  }

  /** Adds an action owned by one of the team's active members, due today or later. */
  public void addAction(
      String networkSlug, long teamId, String description, String owner, LocalDate due) {
    Team team = writable(networkSlug, teamId);
    Account caller = access.requireMember(team);
    if (owner != null && !owner.isBlank() && !team.isActiveMember(owner)) {
      throw InvalidInput.of("actionOwner", "plan.ownerNotMember");
    }
    written(team).addAction(description, owner, due, today(), caller.getEmail(), clock.instant());
  }

  /** A dated update on the plan or one of its actions, which it may mark done. */
  public void addUpdate(
      String networkSlug, long teamId, Long actionId, String body, boolean actionDone) {
    Team team = writable(networkSlug, teamId);
    Account caller = access.requireMember(team);
    written(team).update(actionId, body, actionDone, today(), caller.getEmail(), clock.instant());
  }

  /** Links an entry of the network's library (accepted, of this network) to the plan. */
  public void linkResource(String networkSlug, long teamId, Long resourceId) {
    Team team = writable(networkSlug, teamId);
    access.requireMember(team);
    LibraryResource resource =
        (resourceId == null
                ? Optional.<LibraryResource>empty()
                : library.resource(team.getNetwork(), resourceId))
            .filter(LibraryResource::isAccepted)
            .orElseThrow(() -> InvalidInput.of("resource", "plan.resourceRequired"));
    written(team).linkResource(resource.getId());
  }

  public void unlinkResource(String networkSlug, long teamId, long resourceId) {
    Team team = writable(networkSlug, teamId);
    access.requireMember(team);
    written(team).unlinkResource(resourceId);
  }

  /** A lead marks the plan done: every action is. */
  public void finish(String networkSlug, long teamId) {
    Team team = access.team(networkSlug, teamId);
    Account caller = access.requireLead(team);
    written(team).finish(caller.getEmail(), clock.instant());
  }

  /**
   * A lead turns the done plan into a case-study draft, which they write on: the problem, the
   * actions as the intervention, the measures as outcomes; the team's other members are asked to be
   * named as co-authors. Answers the draft's slug.
   */
  public String toCaseStudy(String networkSlug, long teamId, String pageBase) {
    Team team = access.team(networkSlug, teamId);
    Account caller = access.requireLead(team);
    ActionPlan plan = written(team);
    if (!plan.isDone()) {
      throw new NetworkException("Finish the plan first.", "plan.refusal.notDone");
    }
    if (plan.getCaseStudySlug() != null) {
      throw new NetworkException(
          "The plan is a case study already.", "plan.refusal.alreadyCaseStudy");
    }
    Map<String, Account> people = people(team);
    List<String> others =
        team.active().stream()
            .map(TeamMember::getEmail)
            .filter(email -> !email.equals(EmailAddress.normalise(caller.getEmail())))
            .toList();
    String slug = caseStudies.startWith(content(team, plan, people), others, pageBase).slug();
    plan.becameCaseStudy(slug);
    return slug;
  }

  /** What the plan says, as the sections of a case study. */
  private CaseStudyContent content(Team team, ActionPlan plan, Map<String, Account> people) {
    StringBuilder intervention = new StringBuilder();
    for (PlanAction a : plan.getActions()) {
      intervention
          .append("- ")
          .append(a.getDescription())
          .append(" (")
          .append(name(people, a.getOwner()))
          .append(", done ")
          .append(DAY.format(a.getDoneOn()))
          .append(")\n");
    }
    // Updates are kept newest first; the story reads oldest first.
    List<PlanUpdate> updates = new ArrayList<>(plan.getUpdates());
    Collections.reverse(updates);
    if (!updates.isEmpty()) {
      intervention.append("\nAlong the way:\n");
      for (PlanUpdate u : updates) {
        intervention
            .append("- ")
            .append(DAY.format(u.getWrittenAt().atZone(UK)))
            .append(": ")
            .append(u.getBody())
            .append('\n');
      }
    }
    List<String> professions =
        team.active().stream()
            .map(m -> people.get(m.getEmail()))
            .filter(a -> a != null && a.getProfession() != null)
            .map(Account::getProfession)
            .filter(code -> taxonomy.contains("profession", code))
            .distinct()
            .toList();
    return new CaseStudyContent(
        CaseStudyRules.fit(plan.getAim(), CaseStudyRules.TITLE_LIMIT),
        CaseStudyRules.fit(plan.getAim(), CaseStudyRules.SUMMARY_LIMIT),
        team.getPlace(),
        "",
        plan.getProblem(),
        CaseStudyRules.fit(intervention.toString().strip(), CaseStudyRules.SECTION_LIMIT),
        plan.getMeasures(),
        "",
        "",
        CaseStudyRules.fit(team.getPlace(), CaseStudyRules.SHORT_LIMIT),
        "",
        List.of(),
        List.of(),
        team.getPriorityAreas(),
        professions,
        List.of(),
        List.of());
  }

  /** Today in the UK, for due dates. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(UK));
  }

  private Team writable(String networkSlug, long teamId) {
    Team team = access.team(networkSlug, teamId);
    if (!team.isOpen()) {
      throw new NetworkException("The team is closed.", "team.refusal.closed");
    }
    return team;
  }

  private ActionPlan written(Team team) {
    return teams
        .plan(team)
        .orElseThrow(() -> new NetworkException("Write the plan first.", "plan.refusal.none"));
  }

  private Map<String, Account> people(Team team) {
    return team.getMembers().stream()
        .map(TeamMember::getEmail)
        .flatMap(e -> accounts.byEmail(e).stream())
        .collect(Collectors.toMap(Account::getEmail, Function.identity(), (a, b) -> a));
  }

  private static String name(Map<String, Account> people, String email) {
    Account person = people.get(email);
    return person == null ? "a former member" : person.getDisplayName();
  }

  private PlanView view(Team team, Optional<ActionPlan> written, Account caller) {
    Map<String, Account> people = people(team);
    LocalDate today = today();
    boolean member = team.isActiveMember(caller.getEmail());
    boolean lead = team.isActiveLead(caller.getEmail());
    boolean writing = team.isOpen() && written.map(p -> !p.isDone()).orElse(true);
    List<OwnerChoice> owners =
        member && writing
            ? team.active().stream()
                .map(m -> new OwnerChoice(m.getEmail(), name(people, m.getEmail())))
                .toList()
            : List.of();
    if (written.isEmpty()) {
      return new PlanView(
          team.getId(),
          team.getName(),
          team.getNetwork().getSlug(),
          team.getNetwork().getName(),
          false,
          team.getProblem(),
          "",
          "",
          false,
          List.of(),
          List.of(),
          0,
          0,
          member && writing,
          false,
          false,
          member,
          null,
          owners,
          List.of(),
          List.of());
    }
    ActionPlan plan = written.get();
    List<ActionView> actions =
        plan.getActions().stream()
            .map(
                a ->
                    new ActionView(
                        a.getId(),
                        a.getDescription(),
                        name(people, a.getOwner()),
                        Optional.ofNullable(people.get(a.getOwner()))
                            .map(Account::getProfession)
                            .orElse(null),
                        a.getDue(),
                        a.getDoneOn(),
                        a.isOverdue(today)))
            .toList();
    List<UpdateView> updates =
        plan.getUpdates().stream()
            .map(
                u ->
                    new UpdateView(
                        u.getBody(),
                        name(people, u.getWrittenBy()),
                        u.getWrittenAt(),
                        u.getAction() == null ? null : u.getAction().getDescription()))
            .toList();
    return new PlanView(
        team.getId(),
        team.getName(),
        team.getNetwork().getSlug(),
        team.getNetwork().getName(),
        true,
        plan.getProblem(),
        plan.getAim(),
        plan.getMeasures(),
        plan.isDone(),
        actions,
        updates,
        plan.doneCount(),
        plan.overdue(today).size(),
        member && writing,
        lead && writing && !plan.getActions().isEmpty(),
        lead && plan.isDone() && plan.getCaseStudySlug() == null,
        member,
        plan.getCaseStudySlug(),
        owners,
        linked(plan),
        member && writing ? choices(team, plan) : List.of());
  }

  private List<LinkedResource> linked(ActionPlan plan) {
    return plan.getResourceIds().stream()
        .flatMap(id -> library.resource(plan.getTeam().getNetwork(), id).stream())
        .filter(LibraryResource::isAccepted)
        .map(r -> new LinkedResource(r.getId(), r.getTitle(), r.path()))
        .toList();
  }

  /** The library's newest entries the plan does not link yet. */
  private List<LinkedResource> choices(Team team, ActionPlan plan) {
    return library
        .accepted(
            team.getNetwork(), java.util.EnumSet.allOf(LibraryResource.Kind.class), null, 0, 200)
        .stream()
        .filter(r -> !plan.getResourceIds().contains(r.getId()))
        .map(r -> new LinkedResource(r.getId(), r.getTitle(), r.path()))
        .toList();
  }
}
