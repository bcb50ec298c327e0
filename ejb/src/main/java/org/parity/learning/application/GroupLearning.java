package org.parity.learning.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.Unit;
import org.parity.curriculum.domain.UnitKind;
import org.parity.identity.domain.Account;
import org.parity.learning.domain.Enrolment;
import org.parity.learning.domain.Progress;
import org.parity.learning.domain.QuizAttempt;
import org.parity.learning.infrastructure.Enrolments;

/**
 * Enrolling people and reading how far they have come, for whoever enrols them (a learner
 * themselves, a team's lead). Progress says what is done and whether a quiz is passed, never the
 * answers. The caller's service decides who may; this runs in its transaction.
 */
@Dependent
public class GroupLearning {

  /** Where a learner is with one unit, as others may see it. */
  public enum UnitState {
    DONE,
    PASSED,
    NOT_YET,
    NOT_STARTED
  }

  /** One learner's progress on the units asked of them, by unit id, in order. */
  public record LearnerProgress(Map<Long, UnitState> units, int percent, boolean completed) {}

  @Inject Enrolments enrolments;
  @Inject LearningRecord record;
  @Inject Completions completions;
  @Inject Clock clock;

  /**
   * Enrols the learner on that published version of the curriculum (or, with {@code curriculum}
   * null, of the module), or answers the enrolment they have on any version of it. What they
   * completed already counts at once (credit counts once).
   */
  public Enrolment enrol(Account learner, CurriculumVersion curriculum, ModuleVersion module) {
    Optional<Enrolment> held = enrolment(learner, curriculum, module);
    return held.orElseGet(
        () -> {
          Enrolment enrolment =
              curriculum != null
                  ? Enrolment.inCurriculum(learner, curriculum, clock.instant())
                  : Enrolment.inModule(learner, module, clock.instant());
          enrolments.add(enrolment);
          record.launched(enrolment);
          completions.settle(enrolment);
          return enrolment;
        });
  }

  /**
   * Each learner's progress on the units of these module versions, by learner id, from their
   * enrolment on the curriculum (or module) in whichever version; a learner not enrolled has none.
   */
  public Map<Long, LearnerProgress> progress(
      Collection<Account> learners,
      CurriculumVersion curriculum,
      ModuleVersion module,
      List<ModuleVersion> modules) {
    List<Unit> units = modules.stream().flatMap(m -> m.getUnits().stream()).toList();
    Map<Long, LearnerProgress> progress = new HashMap<>();
    for (Account learner : learners) {
      Optional<Enrolment> enrolment = enrolment(learner, curriculum, module);
      enrolment.ifPresent(e -> progress.put(learner.getId(), progress(e, units)));
    }
    return progress;
  }

  private LearnerProgress progress(Enrolment enrolment, List<Unit> units) {
    Progress done = completions.progress(enrolment);
    boolean anyQuiz = units.stream().anyMatch(u -> u.getKind() == UnitKind.QUIZ);
    Set<Long> attempted =
        anyQuiz
            ? enrolments.attempts(enrolment).stream()
                .filter(QuizAttempt::isSubmitted)
                .map(a -> a.getUnit().getId())
                .collect(Collectors.toSet())
            : Set.of();
    Map<Long, UnitState> states = new LinkedHashMap<>();
    for (Unit unit : units) {
      states.put(unit.getId(), state(unit, done.isDone(unit), attempted.contains(unit.getId())));
    }
    long doneCount =
        states.values().stream().filter(s -> s == UnitState.DONE || s == UnitState.PASSED).count();
    int percent = units.isEmpty() ? 0 : (int) (doneCount * 100 / units.size());
    return new LearnerProgress(states, percent, enrolment.isCompleted() || percent == 100);
  }

  /** The learner's enrolment on the curriculum (or module) in whichever version, if any. */
  public Optional<Enrolment> enrolment(
      Account learner, CurriculumVersion curriculum, ModuleVersion module) {
    return curriculum != null
        ? enrolments.inCurriculum(learner, curriculum)
        : enrolments.inModule(learner, module);
  }

  /** When each learner last did anything in their learning, by learner id. */
  public Map<Long, Instant> lastActivity(Collection<Account> learners) {
    return enrolments.lastActivity(learners);
  }

  static UnitState state(Unit unit, boolean done, boolean attempted) {
    if (unit.getKind() == UnitKind.QUIZ) {
      return done ? UnitState.PASSED : attempted ? UnitState.NOT_YET : UnitState.NOT_STARTED;
    }
    return done ? UnitState.DONE : UnitState.NOT_STARTED;
  }
}
