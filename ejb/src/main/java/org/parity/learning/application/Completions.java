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
import org.parity.curriculum.application.OutcomeMappings;
import org.parity.curriculum.application.OutcomeViews;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.Unit;
import org.parity.curriculum.domain.UnitContent;
import org.parity.curriculum.domain.UnitKind;
import org.parity.curriculum.infrastructure.Curricula;
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
  @Inject Curricula curricula;
  @Inject LearningRecord record;
  @Inject OutcomeMappings outcomes;
  @Inject Clock clock;

  public Progress progress(Enrolment enrolment) {
    return progress(enrolment, credited(enrolment));
  }

  /** The progress, given what {@link #credited} answered for the enrolment. */
  public Progress progress(Enrolment enrolment, Map<Long, Certificate> credited) {
    return progress(enrolment, enrolments.progress(enrolment), credited);
  }

  private static Progress progress(
      Enrolment enrolment, List<UnitProgress> rows, Map<Long, Certificate> credited) {
    Set<Long> done =
        rows.stream()
            .filter(UnitProgress::isDone)
            .map(UnitProgress::getUnitId)
            .collect(Collectors.toSet());
    return new Progress(enrolment.modules(), done, credited.keySet());
  }

  /**
   * The enrolment's modules the learner completed through another enrolment, each with the
   * certificate that says so: the same module version, or an earlier version of the module whose
   * units are the same. Credit counts once: such a module earns no second certificate or CPD entry.
   */
  public Map<Long, Certificate> credited(Enrolment enrolment) {
    return credited(enrolment, enrolments.certificates(enrolment.getLearner()));
  }

  /** The same, from the learner's certificates when they have been read already. */
  private Map<Long, Certificate> credited(Enrolment enrolment, List<Certificate> held) {
    List<Certificate> elsewhere =
        held.stream()
            .filter(c -> c.getKind() == Certificate.Kind.MODULE && !c.isRevoked())
            .filter(c -> !c.getEnrolment().getId().equals(enrolment.getId()))
            .toList();
    Map<Long, Certificate> credited = new HashMap<>();
    if (elsewhere.isEmpty()) {
      return credited;
    }
    for (ModuleVersion module : enrolment.modules()) {
      elsewhere.stream()
          .filter(c -> sameLearning(c.getSubjectVersionId(), module))
          .min(java.util.Comparator.comparing(Certificate::getIssuedAt))
          .ifPresent(c -> credited.put(module.getId(), c));
    }
    return credited;
  }

  /** Whether completing that version is completing this one: the same, or the same units. */
  private boolean sameLearning(long completedVersionId, ModuleVersion module) {
    if (completedVersionId == module.getId()) {
      return true;
    }
    return curricula
        .moduleVersion(completedVersionId)
        .filter(done -> done.getModule().getId().equals(module.getModule().getId()))
        .filter(done -> done.getNumber() < module.getNumber())
        .filter(done -> unitsOf(done).equals(unitsOf(module)))
        .isPresent();
  }

  private static List<UnitContent> unitsOf(ModuleVersion version) {
    return version.getUnits().stream().map(Unit::content).toList();
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

  /** The framework outcomes completing these module versions meets, as a certificate keeps them. */
  private List<Certificate.OutcomesMet> outcomesMet(List<ModuleVersion> modules) {
    return outcomes.metBy(modules).stream()
        .map(
            f ->
                new Certificate.OutcomesMet(
                    f.framework(),
                    f.outcomes().stream().map(OutcomeViews.OutcomeView::line).toList()))
        .toList();
  }

  /** Issues what is newly earned; answers the module versions completed by this step. */
  public Set<Long> settle(Enrolment enrolment) {
    enrolments.flush();
    List<UnitProgress> rows = enrolments.progress(enrolment);
    // One read of the learner's certificates: this enrolment's say what was issued here, the
    // others' what counts here already.
    List<Certificate> held = enrolments.certificates(enrolment.getLearner());
    Progress progress = progress(enrolment, rows, credited(enrolment, held));
    Set<String> issued =
        held.stream()
            .filter(c -> c.getEnrolment().getId().equals(enrolment.getId()))
            .map(c -> c.getKind() + ":" + c.getSubjectVersionId())
            .collect(Collectors.toCollection(HashSet::new));
    Set<Long> completed = new HashSet<>();
    for (ModuleVersion module : enrolment.modules()) {
      if (progress.isComplete(module)
          && !progress.isCredited(module)
          && issued.add("MODULE:" + module.getId())) {
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
        certificate.recordOutcomes(outcomesMet(List.of(module)));
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
        Certificate certificate =
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
                clock.instant());
        certificate.recordOutcomes(outcomesMet(curriculum.getModules()));
        enrolments.add(certificate);
        record.completedEnrolment(enrolment);
      }
    }
    if (!completed.isEmpty()) {
      settleOthersUsing(enrolment, completed);
    }
    return completed;
  }

  /**
   * A module just completed counts in the learner's other enrolments that include it: one of them
   * may be complete now.
   */
  private void settleOthersUsing(Enrolment enrolment, Set<Long> completed) {
    Set<Long> modules =
        enrolment.modules().stream()
            .filter(m -> completed.contains(m.getId()))
            .map(m -> m.getModule().getId())
            .collect(Collectors.toSet());
    for (Enrolment other : enrolments.of(enrolment.getLearner())) {
      if (!other.getId().equals(enrolment.getId())
          && !other.isCompleted()
          && other.modules().stream().anyMatch(m -> modules.contains(m.getModule().getId()))) {
        settle(other);
      }
    }
  }
}
