package org.parity.learning.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.Unit;

/**
 * How far an enrolment has come, worked out from the units done: a module is complete when every
 * unit is (a quiz counts only once passed), the enrolment when every module is. A module the
 * learner completed already, through another enrolment, counts as complete here too: credit counts
 * once.
 */
public final class Progress {

  private final List<ModuleVersion> modules;
  private final Set<Long> doneUnits;
  private final Set<Long> creditedModules;
  private final Set<Long> creditedUnits;

  public Progress(List<ModuleVersion> modules, Set<Long> doneUnits) {
    this(modules, doneUnits, Set.of());
  }

  /** {@code creditedModules}: ids of the module versions completed through another enrolment. */
  public Progress(List<ModuleVersion> modules, Set<Long> doneUnits, Set<Long> creditedModules) {
    this.modules = List.copyOf(modules);
    this.doneUnits = Set.copyOf(doneUnits);
    this.creditedModules = Set.copyOf(creditedModules);
    this.creditedUnits =
        modules.stream()
            .filter(m -> creditedModules.contains(m.getId()))
            .flatMap(m -> m.getUnits().stream())
            .map(Unit::getId)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  public boolean isDone(Unit unit) {
    return doneUnits.contains(unit.getId()) || creditedUnits.contains(unit.getId());
  }

  /** Whether the module counts as complete because the learner completed it elsewhere. */
  public boolean isCredited(ModuleVersion module) {
    return creditedModules.contains(module.getId());
  }

  public boolean isComplete(ModuleVersion module) {
    return isCredited(module)
        || (!module.getUnits().isEmpty() && module.getUnits().stream().allMatch(this::isDone));
  }

  public int percent(ModuleVersion module) {
    return percent(
        module.getUnits().stream().filter(this::isDone).count(), module.getUnits().size());
  }

  public int overallPercent() {
    long total = modules.stream().mapToLong(m -> m.getUnits().size()).sum();
    long done = modules.stream().flatMap(m -> m.getUnits().stream()).filter(this::isDone).count();
    return percent(done, total);
  }

  public boolean isAllComplete() {
    return !modules.isEmpty() && modules.stream().allMatch(this::isComplete);
  }

  /** The first unit not yet done, in curriculum order: where "continue" goes. */
  public Optional<Unit> firstUnfinished() {
    return modules.stream().flatMap(m -> m.getUnits().stream()).filter(u -> !isDone(u)).findFirst();
  }

  private static int percent(long done, long total) {
    return total == 0 ? 0 : (int) (done * 100 / total);
  }
}
