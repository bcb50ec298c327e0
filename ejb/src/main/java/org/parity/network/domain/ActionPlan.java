package org.parity.network.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parity.curriculum.domain.LinesConverter;
import org.parity.identity.domain.EmailAddress;
import org.parity.platform.InvalidInput;

/**
 * A team's improvement plan: the local problem, a measurable aim, how the team will know it worked
 * (outcome measures), actions with an owner and a due date, and dated status updates. When every
 * action is done a lead marks the plan done; a done plan may become a case-study draft, once.
 */
@Entity
@NamedQuery(name = "ActionPlan.ofTeam", query = "select p from ActionPlan p where p.team = :team")
@NamedQuery(
    name = "ActionPlan.inProgress",
    query =
        "select p from ActionPlan p where p.status ="
            + " org.parity.network.domain.ActionPlan.Status.WRITING and p.team.status ="
            + " org.parity.network.domain.Team.Status.OPEN")
public class ActionPlan {

  public static final int PROBLEM_LIMIT = 2000;
  public static final int AIM_LIMIT = 1000;
  public static final int MEASURES_LIMIT = 2000;
  public static final int ACTION_LIMIT = 500;
  public static final int UPDATE_LIMIT = 2000;
  public static final int MOST_ACTIONS = 30;
  public static final int MOST_RESOURCES = 20;

  public enum Status {
    WRITING,
    DONE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_plan_seq")
  @SequenceGenerator(
      name = "action_plan_seq",
      sequenceName = "action_plan_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Team team;

  private String problem;
  private String aim;
  private String measures;

  @Enumerated(EnumType.STRING)
  private Status status = Status.WRITING;

  private String writtenBy;
  private Instant updatedAt;
  private String doneBy;
  private Instant doneAt;
  private String caseStudySlug;

  /** The network library's entries the plan draws on, by id. */
  @Convert(converter = LinesConverter.class)
  private List<String> resourceIds = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("due, id")
  private List<PlanAction> actions = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("writtenAt desc, id desc")
  private List<PlanUpdate> updates = new ArrayList<>();

  @Version private long version;

  protected ActionPlan() {}

  public ActionPlan(
      Team team, String problem, String aim, String measures, String by, Instant now) {
    this.team = team;
    this.writtenBy = EmailAddress.normalise(by);
    write(problem, aim, measures, now);
  }

  /** The plan's text, rewritten by a member while the plan is being written. */
  public void edit(String problem, String aim, String measures, Instant now) {
    requireWriting();
    write(problem, aim, measures, now);
  }

  private void write(String problem, String aim, String measures, Instant now) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (blank(problem) || problem.strip().length() > PROBLEM_LIMIT) {
      errors.add("planProblem", "plan.problemRequired");
    }
    if (blank(aim) || aim.strip().length() > AIM_LIMIT) {
      errors.add("planAim", "plan.aimRequired");
    }
    if (blank(measures) || measures.strip().length() > MEASURES_LIMIT) {
      errors.add("planMeasures", "plan.measuresRequired");
    }
    errors.throwIfAny();
    this.problem = problem.strip();
    this.aim = aim.strip();
    this.measures = measures.strip();
    this.updatedAt = now;
  }

  /**
   * An action for one of the team's members ({@code owner}, checked by the caller to be one), due
   * today or later.
   */
  public PlanAction addAction(
      String description, String owner, LocalDate due, LocalDate today, String by, Instant now) {
    requireWriting();
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (blank(description) || description.strip().length() > ACTION_LIMIT) {
      errors.add("actionDescription", "plan.actionRequired");
    }
    if (blank(owner)) {
      errors.add("actionOwner", "plan.ownerRequired");
    }
    if (due == null) {
      errors.add("actionDue", "plan.dueRequired");
    } else if (due.isBefore(today)) {
      errors.add("actionDue", "plan.duePast");
    }
    errors.throwIfAny();
    if (actions.size() >= MOST_ACTIONS) {
      throw new NetworkException("A plan holds at most 30 actions.", "plan.refusal.tooMany");
    }
    PlanAction action = new PlanAction(this, description.strip(), owner, due, by, now);
    actions.add(action);
    updatedAt = now;
    return action;
  }

  /**
   * A dated status update, on the plan as a whole or on one of its actions ({@code actionId},
   * optional), which it may mark done today.
   */
  public PlanUpdate update(
      Long actionId, String body, boolean actionDone, LocalDate today, String by, Instant now) {
    requireWriting();
    if (blank(body) || body.strip().length() > UPDATE_LIMIT) {
      throw InvalidInput.of("updateBody", "plan.updateRequired");
    }
    PlanAction action = null;
    if (actionId != null) {
      action =
          action(actionId).orElseThrow(() -> InvalidInput.of("updateAction", "plan.unknownAction"));
    } else if (actionDone) {
      throw InvalidInput.of("updateAction", "plan.chooseAction");
    }
    if (actionDone) {
      action.done(today);
    }
    PlanUpdate update = new PlanUpdate(this, action, body.strip(), by, now);
    updates.add(0, update);
    updatedAt = now;
    return update;
  }

  /** Links one of the network library's entries (checked by the caller to be the network's). */
  public void linkResource(long resourceId) {
    requireWriting();
    String id = Long.toString(resourceId);
    if (resourceIds.contains(id)) {
      throw InvalidInput.of("resource", "plan.resourceLinked");
    }
    if (resourceIds.size() >= MOST_RESOURCES) {
      throw new NetworkException(
          "A plan links at most 20 entries.", "plan.refusal.tooManyResources");
    }
    resourceIds = new ArrayList<>(resourceIds);
    resourceIds.add(id);
  }

  public void unlinkResource(long resourceId) {
    requireWriting();
    resourceIds = new ArrayList<>(resourceIds);
    resourceIds.remove(Long.toString(resourceId));
  }

  /** The linked entries' ids, in the order they were linked. */
  public List<Long> getResourceIds() {
    return resourceIds.stream().map(Long::valueOf).toList();
  }

  /** A lead says the plan is done: it has at least one action, and every action is done. */
  public void finish(String by, Instant now) {
    requireWriting();
    if (actions.isEmpty()) {
      throw new NetworkException("A plan needs an action first.", "plan.refusal.noActions");
    }
    if (actions.stream().anyMatch(a -> !a.isDone())) {
      throw new NetworkException("Every action must be done first.", "plan.refusal.openActions");
    }
    status = Status.DONE;
    doneBy = EmailAddress.normalise(by);
    doneAt = now;
  }

  /** The case-study draft the done plan became; only once. */
  public void becameCaseStudy(String studySlug) {
    if (status != Status.DONE) {
      throw new NetworkException("Finish the plan first.", "plan.refusal.notDone");
    }
    if (caseStudySlug != null) {
      throw new NetworkException(
          "The plan is a case study already.", "plan.refusal.alreadyCaseStudy");
    }
    caseStudySlug = studySlug;
  }

  /** Actions not done whose due date has passed. */
  public List<PlanAction> overdue(LocalDate today) {
    return actions.stream().filter(a -> a.isOverdue(today)).toList();
  }

  public Optional<PlanAction> action(long actionId) {
    return actions.stream().filter(a -> a.getId() != null && a.getId() == actionId).findFirst();
  }

  public int doneCount() {
    return (int) actions.stream().filter(PlanAction::isDone).count();
  }

  private void requireWriting() {
    if (status != Status.WRITING) {
      throw new NetworkException("The plan is done.", "plan.refusal.done");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public Long getId() {
    return id;
  }

  public Team getTeam() {
    return team;
  }

  public String getProblem() {
    return problem;
  }

  public String getAim() {
    return aim;
  }

  public String getMeasures() {
    return measures;
  }

  public Status getStatus() {
    return status;
  }

  public boolean isDone() {
    return status == Status.DONE;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getCaseStudySlug() {
    return caseStudySlug;
  }

  public List<PlanAction> getActions() {
    return List.copyOf(actions);
  }

  public List<PlanUpdate> getUpdates() {
    return List.copyOf(updates);
  }
}
