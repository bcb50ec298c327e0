package org.parity.learning.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.UnitKind;
import org.parity.identity.domain.Organisation;
import org.parity.learning.domain.Certificate;
import org.parity.learning.domain.CpdEntry;
import org.parity.learning.domain.Enrolment;
import org.parity.learning.domain.Progress;
import org.parity.learning.domain.ReflectiveAccount;
import org.parity.learning.domain.UnitProgress;
import org.parity.learning.infrastructure.Enrolments;

/**
 * Decides what an enrolment has completed and issues what completion earns: a certificate and a
 * "completed" statement for each module, and for the curriculum when every module is complete.
 */
@Dependent
public class Completions {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Inject Enrolments enrolments;
  @Inject LearningRecord record;
  @Inject Clock clock;

  public Progress progress(Enrolment enrolment) {
    return progress(enrolment, enrolments.progress(enrolment));
  }

  private static Progress progress(Enrolment enrolment, List<UnitProgress> rows) {
    Set<Long> done =
        rows.stream()
            .filter(UnitProgress::isDone)
            .map(UnitProgress::getUnitId)
            .collect(Collectors.toSet());
    return new Progress(enrolment.modules(), done);
  }

  /** The learner's answers to the module's reflection prompts, as the start of their account. */
  private static ReflectiveAccount reflections(List<UnitProgress> rows, ModuleVersion module) {
    Map<Long, String> written = new HashMap<>();
    rows.forEach(p -> written.put(p.getUnitId(), p.getReflection()));
    String text =
        module.getUnits().stream()
            .filter(u -> u.getKind() == UnitKind.REFLECTION)
            .filter(u -> written.get(u.getId()) != null && !written.get(u.getId()).isBlank())
            .map(u -> u.getTitle() + ": " + written.get(u.getId()))
            .collect(Collectors.joining("\n\n"));
    return new ReflectiveAccount(text, null, null, null);
  }

  /** Issues what is newly earned; answers the module versions completed by this step. */
  public Set<Long> settle(Enrolment enrolment) {
    enrolments.flush();
    List<UnitProgress> rows = enrolments.progress(enrolment);
    Progress progress = progress(enrolment, rows);
    Set<String> issued =
        enrolments.certificates(enrolment).stream()
            .map(c -> c.getKind() + ":" + c.getSubjectVersionId())
            .collect(Collectors.toCollection(HashSet::new));
    Set<Long> completed = new HashSet<>();
    for (ModuleVersion module : enrolment.modules()) {
      if (progress.isComplete(module) && issued.add("MODULE:" + module.getId())) {
        Certificate certificate =
            new Certificate(
                enrolment,
                Certificate.Kind.MODULE,
                module.getId(),
                module.getTitle(),
                module.getNumber(),
                module.getModule().getOwner().getName(),
                module.details().cpdHours(),
                clock.instant());
        enrolments.add(certificate);
        enrolments.add(
            CpdEntry.completion(
                certificate,
                reflections(rows, module),
                LocalDate.now(clock.withZone(UK)),
                clock.instant()));
        record.completedModule(enrolment, module);
        completed.add(module.getId());
      }
    }
    if (progress.isAllComplete() && !enrolment.isCompleted()) {
      enrolment.complete(clock.instant());
      CurriculumVersion curriculum = enrolment.getCurriculumVersion();
      if (curriculum != null && issued.add("CURRICULUM:" + curriculum.getId())) {
        enrolments.add(
            new Certificate(
                enrolment,
                Certificate.Kind.CURRICULUM,
                curriculum.getId(),
                curriculum.getTitle(),
                curriculum.getNumber(),
                curriculum.getPublishers().stream()
                    .map(Organisation::getName)
                    .collect(Collectors.joining(", ")),
                curriculum.getModules().stream()
                    .map(m -> m.details().cpdHours())
                    .reduce(BigDecimal.ZERO, BigDecimal::add),
                clock.instant()));
        record.completedEnrolment(enrolment);
      }
    }
    return completed;
  }
}
