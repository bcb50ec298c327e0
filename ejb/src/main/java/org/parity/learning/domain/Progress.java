package org.parity.learning.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.Unit;

/**
 * How far an enrolment has come, worked out from the units done: a module is complete when every
 * unit is (a quiz counts only once passed), the enrolment when every module is.
 */
public final class Progress {

  private final List<ModuleVersion> modules;
  private final Set<Long> doneUnits;

  public Progress(List<ModuleVersion> modules, Set<Long> doneUnits) {
    this.modules = List.copyOf(modules);
    this.doneUnits = Set.copyOf(doneUnits);
  }

  public boolean isDone(Unit unit) {
    return doneUnits.contains(unit.getId());
  }

  public boolean isComplete(ModuleVersion module) {
    return !module.getUnits().isEmpty() && module.getUnits().stream().allMatch(this::isDone);
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
