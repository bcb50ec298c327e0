package org.parity.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.platform.InvalidInput;

/**
 * A team's plan: what it needs, when an action is overdue, updates that mark an action done, and
 * when the plan may be done and become a case study.
 */
class ActionPlanTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-12-06");
  private static final Team TEAM =
      new Team(
          TestNetwork.open(NOW),
          "Riverside team",
          "Riverside PCN",
          "Annual health checks for SMI are missed",
          List.of(),
          "gill@example.org",
          NOW);

  private static ActionPlan plan() {
    return new ActionPlan(
        TEAM,
        "Health checks are missed",
        "80% of the SMI register checked by March",
        "Checks done each month, from the practice system",
        "Gill@Example.org",
        NOW);
  }

  /** Ids as the database would give them, so actions can be named by id. */
  private static PlanAction numbered(PlanAction action, long id) {
    try {
      Field field = PlanAction.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(action, id);
      return action;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aPlanNeedsItsProblemAMeasurableAimAndItsMeasures() {
    assertThatThrownBy(() -> new ActionPlan(TEAM, " ", "", null, "gill@example.org", NOW))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsEntry("planProblem", "plan.problemRequired")
                    .containsEntry("planAim", "plan.aimRequired")
                    .containsEntry("planMeasures", "plan.measuresRequired"));
    ActionPlan plan = plan();
    plan.edit(" New problem ", "An aim", "A measure", NOW);
    assertThat(plan.getProblem()).isEqualTo("New problem");
    assertThat(plan.getWrittenBy()).isEqualTo("gill@example.org");
  }

  @Test
  void anActionHasAnOwnerAndADueDateNotInThePast() {
    ActionPlan plan = plan();
    assertThatThrownBy(
            () ->
                plan.addAction(
                    "Audit the register", "", TODAY.minusDays(1), TODAY, "gill@x.org", NOW))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsEntry("actionOwner", "plan.ownerRequired")
                    .containsEntry("actionDue", "plan.duePast"));
    assertThatThrownBy(() -> plan.addAction(" ", "nia@x.org", null, TODAY, "gill@x.org", NOW))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsEntry("actionDescription", "plan.actionRequired")
                    .containsEntry("actionDue", "plan.dueRequired"));
    PlanAction action =
        plan.addAction("Audit the register", "Nia@X.org", TODAY, TODAY, "gill@x.org", NOW);
    assertThat(action.getOwner()).isEqualTo("nia@x.org");
    assertThat(plan.getActions()).hasSize(1);
  }

  @Test
  void anActionIsOverdueTheDayAfterItWasDueUntilItIsDone() {
    ActionPlan plan = plan();
    PlanAction audit =
        numbered(
            plan.addAction("Audit the register", "nia@x.org", TODAY, TODAY, "gill@x.org", NOW), 1);
    PlanAction recall =
        numbered(
            plan.addAction(
                "Recall letters", "gill@x.org", TODAY.plusDays(7), TODAY, "gill@x.org", NOW),
            2);
    assertThat(plan.overdue(TODAY)).as("due today is not late").isEmpty();
    assertThat(plan.overdue(TODAY.plusDays(1))).containsExactly(audit);
    assertThat(plan.overdue(TODAY.plusDays(8))).containsExactly(audit, recall);

    plan.update(1L, "Register audited: 212 people", true, TODAY.plusDays(2), "nia@x.org", NOW);
    assertThat(audit.getDoneOn()).isEqualTo(TODAY.plusDays(2));
    assertThat(plan.overdue(TODAY.plusDays(8))).containsExactly(recall);
    assertThat(plan.doneCount()).isEqualTo(1);
    assertThat(plan.getUpdates()).extracting(PlanUpdate::getAction).containsExactly(audit);
  }

  @Test
  void anUpdateSaysSomethingAndOnlyAnActionIsMarkedDone() {
    ActionPlan plan = plan();
    numbered(plan.addAction("Audit", "nia@x.org", TODAY, TODAY, "gill@x.org", NOW), 1);
    assertThatThrownBy(() -> plan.update(null, " ", false, TODAY, "nia@x.org", NOW))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsEntry("updateBody", "plan.updateRequired"));
    assertThatThrownBy(() -> plan.update(null, "All fine", true, TODAY, "nia@x.org", NOW))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsEntry("updateAction", "plan.chooseAction"));
    assertThatThrownBy(() -> plan.update(9L, "All fine", false, TODAY, "nia@x.org", NOW))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsEntry("updateAction", "plan.unknownAction"));
    plan.update(null, "We met the practice manager", false, TODAY, "nia@x.org", NOW);
    assertThat(plan.doneCount()).isZero();
    assertThat(plan.getUpdates()).hasSize(1);
  }

  @Test
  void aPlanIsDoneWhenEveryActionIsAndBecomesACaseStudyOnce() {
    ActionPlan plan = plan();
    assertThatThrownBy(() -> plan.finish("gill@x.org", NOW))
        .hasFieldOrPropertyWithValue("key", "plan.refusal.noActions");
    numbered(plan.addAction("Audit", "nia@x.org", TODAY, TODAY, "gill@x.org", NOW), 1);
    assertThatThrownBy(() -> plan.becameCaseStudy("riverside"))
        .hasFieldOrPropertyWithValue("key", "plan.refusal.notDone");
    assertThatThrownBy(() -> plan.finish("gill@x.org", NOW))
        .hasFieldOrPropertyWithValue("key", "plan.refusal.openActions");
    plan.update(1L, "Done", true, TODAY, "nia@x.org", NOW);
    plan.finish("Gill@x.org", NOW);
    assertThat(plan.isDone()).isTrue();
    assertThat(plan.getDoneBy()).isEqualTo("gill@x.org");
    assertThat(plan.overdue(TODAY.plusYears(1))).as("done actions are never late").isEmpty();
    assertThatThrownBy(() -> plan.edit("p", "a", "m", NOW))
        .hasFieldOrPropertyWithValue("key", "plan.refusal.done");
    assertThatThrownBy(() -> plan.update(null, "More", false, TODAY, "nia@x.org", NOW))
        .hasFieldOrPropertyWithValue("key", "plan.refusal.done");
    plan.becameCaseStudy("riverside-checks");
    assertThat(plan.getCaseStudySlug()).isEqualTo("riverside-checks");
    assertThatThrownBy(() -> plan.becameCaseStudy("again"))
        .hasFieldOrPropertyWithValue("key", "plan.refusal.alreadyCaseStudy");
  }

  @Test
  void aPlanLinksEachLibraryEntryOnceAndAtMostTwenty() {
    ActionPlan plan = plan();
    plan.linkResource(7);
    assertThatThrownBy(() -> plan.linkResource(7))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsEntry("resource", "plan.resourceLinked"));
    for (long id = 100; id < 119; id++) {
      plan.linkResource(id);
    }
    assertThatThrownBy(() -> plan.linkResource(200))
        .hasFieldOrPropertyWithValue("key", "plan.refusal.tooManyResources");
    plan.unlinkResource(7);
    assertThat(plan.getResourceIds()).hasSize(19).doesNotContain(7L);
  }
}
