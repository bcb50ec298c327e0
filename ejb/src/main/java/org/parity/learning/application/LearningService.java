package org.parity.learning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.Unit;
import org.parity.curriculum.domain.UnitKind;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.Accounts;
import org.parity.learning.application.LearningViews.ActivityView;
import org.parity.learning.application.LearningViews.AlreadyCompleted;
import org.parity.learning.application.LearningViews.AttemptOutcome;
import org.parity.learning.application.LearningViews.CertificateSummary;
import org.parity.learning.application.LearningViews.EnrolmentSummary;
import org.parity.learning.application.LearningViews.NewerVersion;
import org.parity.learning.application.LearningViews.OutsideMyProfession;
import org.parity.learning.application.LearningViews.PlayerView;
import org.parity.learning.domain.Certificate;
import org.parity.learning.domain.Enrolment;
import org.parity.learning.domain.LearningException;
import org.parity.learning.domain.LearningStatement;
import org.parity.learning.domain.Progress;
import org.parity.learning.domain.QuizAttempt;
import org.parity.learning.domain.UnitProgress;
import org.parity.learning.infrastructure.Enrolments;

/**
 * A learner's own learning: enrol, move through the units, answer quizzes, complete. Every method
 * acts on the caller's enrolments only, and saves what the learner gave at once.
 */
@Stateless
@RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class LearningService {

  @Inject LearningRights rights;
  @Inject Accounts accounts;
  @Inject Curricula curricula;
  @Inject Enrolments enrolments;
  @Inject LearningRecord record;
  @Inject Completions completions;
  @Inject GroupLearning group;
  @Inject PlayerViews views;
  @Inject Clock clock;

  /** Enrols the caller in the newest published version, or returns the enrolment they have. */
  public long enrolInCurriculum(String slug) {
    Account learner = caller();
    CurriculumVersion version =
        curricula
            .latestPublishedCurriculum(slug == null ? "" : slug)
            .orElseThrow(() -> new LearningException("There is no published curriculum here."));
    return group.enrol(learner, version, null).getId();
  }

  public long enrolInModule(String slug) {
    Account learner = caller();
    ModuleVersion version =
        curricula
            .latestPublishedModule(slug == null ? "" : slug)
            .orElseThrow(() -> new LearningException("There is no published module here."));
    return group.enrol(learner, null, version).getId();
  }

  /** Whether the caller takes the curriculum (or, for kind "module", the module) of that slug. */
  public boolean isEnrolled(String kind, String slug) {
    Account learner = caller();
    String key = slug == null ? "" : slug;
    if ("module".equals(kind)) {
      return curricula
          .latestPublishedModule(key)
          .flatMap(v -> enrolments.inModule(learner, v))
          .isPresent();
    }
    return curricula
        .latestPublishedCurriculum(key)
        .flatMap(v -> enrolments.inCurriculum(learner, v))
        .isPresent();
  }

  public List<EnrolmentSummary> myEnrolments() {
    return enrolments.of(caller()).stream().map(this::summary).toList();
  }

  public List<CertificateSummary> myCertificates() {
    return enrolments.certificates(caller()).stream()
        .map(
            c ->
                new CertificateSummary(
                    c.getCode(),
                    c.getKind().name(),
                    c.getTitle(),
                    c.getVersionNumber(),
                    c.getCpdHours(),
                    c.getIssuedAt(),
                    c.isRevoked()))
        .toList();
  }

  /**
   * What the caller learned outside their profession: modules they completed whose curricula (the
   * published ones that include the module) are written for other professions only. A module in no
   * curriculum names no professions, and a person with no profession gets nothing here.
   */
  public List<OutsideMyProfession> learnedOutsideMyProfession() {
    Account me = caller();
    String mine = me.getProfession();
    if (mine == null || mine.isBlank()) {
      return List.of();
    }
    List<Certificate> modules =
        enrolments.certificates(me).stream()
            .filter(c -> c.getKind() == Certificate.Kind.MODULE && !c.isRevoked())
            .toList();
    if (modules.isEmpty()) {
      return List.of();
    }
    // The professions each module is written for, from the published curricula in one pass (there
    // are few), rather than a look-up per certificate.
    Map<Long, Set<String>> professionsByModule = new HashMap<>();
    for (CurriculumVersion curriculum : curricula.publishedCurricula()) {
      for (ModuleVersion module : curriculum.getModules()) {
        professionsByModule
            .computeIfAbsent(module.getModule().getId(), id -> new TreeSet<>())
            .addAll(curriculum.details().professions());
      }
    }
    Map<Long, OutsideMyProfession> byModule = new LinkedHashMap<>();
    for (Certificate certificate : modules) {
      curricula
          .moduleVersion(certificate.getSubjectVersionId())
          .map(version -> version.getModule().getId())
          .filter(module -> !byModule.containsKey(module))
          .ifPresent(
              module -> {
                Set<String> professions = professionsByModule.getOrDefault(module, Set.of());
                if (!professions.isEmpty() && !professions.contains(mine)) {
                  byModule.put(
                      module,
                      new OutsideMyProfession(
                          certificate.getTitle(),
                          List.copyOf(professions),
                          certificate.getIssuedAt()));
                }
              });
    }
    return List.copyOf(byModule.values());
  }

  /** The caller's own xAPI statements, newest first, as JSON objects. */
  public List<String> myStatements(int max) {
    return enrolments.statements(caller(), Math.max(1, Math.min(max, 500))).stream()
        .map(LearningStatement::getBody)
        .toList();
  }

  /** The caller's latest learning events, newest first, for the dashboard. */
  public List<ActivityView> recentActivity(int max) {
    return enrolments.statements(caller(), max).stream()
        .filter(s -> !s.getVerb().equals("answered"))
        .map(
            s -> {
              try (var reader = Json.createReader(new StringReader(s.getBody()))) {
                String name =
                    reader
                        .readObject()
                        .getJsonObject("object")
                        .getJsonObject("definition")
                        .getJsonObject("name")
                        .getString("en-GB", "");
                return new ActivityView(s.getVerb(), name, s.getRecordedAt());
              }
            })
        .toList();
  }

  private EnrolmentSummary summary(Enrolment enrolment) {
    Map<Long, Certificate> credited = completions.credited(enrolment);
    Progress progress = completions.progress(enrolment, credited);
    return new EnrolmentSummary(
        enrolment.getId(),
        enrolment.title(),
        enrolment.getCurriculumVersion() != null,
        enrolment.versionNumber(),
        progress.overallPercent(),
        enrolment.isCompleted(),
        resumeAt(enrolment, progress).map(Unit::getTitle).orElse(null),
        enrolment.getLastActivityAt(),
        enrolment.modules().stream()
            .filter(m -> credited.containsKey(m.getId()))
            .map(
                m ->
                    new AlreadyCompleted(
                        m.getTitle(),
                        credited.get(m.getId()).getIssuedAt(),
                        credited.get(m.getId()).getCode()))
            .toList());
  }

  /**
   * The player at {@code unitId}, or where the learner left off when it is null; opening a unit is
   * remembered, so "continue" comes back to it.
   */
  public PlayerView player(long enrolmentId, Long unitId) {
    Enrolment enrolment = mine(enrolmentId);
    Map<Long, Certificate> credited = completions.credited(enrolment);
    Progress progress = completions.progress(enrolment, credited);
    Unit unit =
        unitId == null
            ? resumeAt(enrolment, progress).orElse(enrolment.modules().get(0).getUnits().get(0))
            : unitIn(enrolment, unitId);
    if (!Objects.equals(enrolment.getLastUnitId(), unit.getId())) {
      enrolment.visit(unit.getId(), clock.instant());
    }
    return views.player(enrolment, progress, credited, unit, newerVersion(enrolment).orElse(null));
  }

  private Optional<Unit> resumeAt(Enrolment enrolment, Progress progress) {
    if (enrolment.getLastUnitId() != null) {
      Optional<Unit> last = findUnit(enrolment, enrolment.getLastUnitId());
      if (last.isPresent() && !progress.isDone(last.get())) {
        return last;
      }
    }
    return progress.firstUnfinished();
  }

  /** Marks a text, video or reflection unit done (a quiz is done only by passing it). */
  public void markDone(long enrolmentId, long unitId) {
    Enrolment enrolment = mine(enrolmentId);
    Unit unit = unitIn(enrolment, unitId);
    if (unit.getKind() == UnitKind.QUIZ) {
      throw new LearningException("A quiz is done when it is passed.", "learn.error.quizDone");
    }
    UnitProgress progress = progressOf(enrolment, unitId);
    if (unit.getKind() == UnitKind.REFLECTION
        && (progress.getReflection() == null || progress.getReflection().isBlank())) {
      // Refused, the transaction rolls back: no empty progress row is left behind.
      throw new LearningException(
          "Write your reflection first; it stays private to you.", "learn.error.reflectFirst");
    }
    Instant now = clock.instant();
    progress.markDone(now);
    enrolment.visit(unitId, now);
    record.experienced(enrolment, moduleOf(enrolment, unit), unit);
    completions.settle(enrolment);
  }

  /** Saves a reflection as it is written; it is the learner's alone. */
  public void reflect(long enrolmentId, long unitId, String text) {
    Enrolment enrolment = mine(enrolmentId);
    Unit unit = unitIn(enrolment, unitId);
    if (unit.getKind() != UnitKind.REFLECTION) {
      throw new LearningException("That unit does not ask for a reflection.");
    }
    Instant now = clock.instant();
    UnitProgress progress = progressOf(enrolment, unitId);
    boolean wasDone = progress.isDone();
    progress.reflect(text, now);
    enrolment.visit(unitId, now);
    if (!wasDone && progress.isDone()) {
      record.experienced(enrolment, moduleOf(enrolment, unit), unit);
      completions.settle(enrolment);
    }
  }

  /** Starts a new attempt at a quiz, or returns the one still open. */
  public long startAttempt(long enrolmentId, long unitId) {
    Enrolment enrolment = mine(enrolmentId);
    Unit quiz = unitIn(enrolment, unitId);
    List<QuizAttempt> previous =
        enrolments.attempts(enrolment).stream()
            .filter(a -> a.getUnit().getId().equals(quiz.getId()))
            .toList();
    Optional<QuizAttempt> open = previous.stream().filter(a -> !a.isSubmitted()).findFirst();
    if (open.isPresent()) {
      return open.get().getId();
    }
    if (previous.stream().anyMatch(QuizAttempt::isPassed)) {
      throw new LearningException(
          "You have passed this quiz already.", "learn.error.passedAlready");
    }
    QuizAttempt attempt =
        QuizAttempt.start(
            enrolment,
            quiz,
            moduleOf(enrolment, quiz).getQuestions(),
            previous.size() + 1,
            ThreadLocalRandom.current(),
            clock.instant());
    enrolments.add(attempt);
    enrolment.visit(unitId, clock.instant());
    return attempt.getId();
  }

  /** Saves one answer of an open attempt, the moment it is given. */
  public void answer(long enrolmentId, long attemptId, long questionId, Set<Integer> options) {
    QuizAttempt attempt = attemptOf(mine(enrolmentId), attemptId);
    attempt.answer(questionId, options, clock.instant());
  }

  /** Scores an attempt; passing completes the quiz unit (and perhaps the module). */
  public AttemptOutcome submit(long enrolmentId, long attemptId) {
    Enrolment enrolment = mine(enrolmentId);
    QuizAttempt attempt = attemptOf(enrolment, attemptId);
    Instant now = clock.instant();
    attempt.submit(now);
    Unit quiz = attempt.getUnit();
    ModuleVersion module = moduleOf(enrolment, quiz);
    attempt
        .getQuestions()
        .forEach(
            q ->
                record.answered(
                    enrolment,
                    module,
                    q.getQuestion().getQuestionKey(),
                    q.getQuestion().getText(),
                    q.isCorrect()));
    record.quizResult(
        enrolment,
        module,
        quiz,
        attempt.getScore(),
        attempt.getQuestionTotal(),
        attempt.isPassed());
    boolean moduleCompleted = false;
    if (attempt.isPassed()) {
      progressOf(enrolment, quiz.getId()).markDone(now);
      moduleCompleted = completions.settle(enrolment).contains(module.getId());
    }
    return new AttemptOutcome(
        attempt.getScore(), attempt.getQuestionTotal(), attempt.isPassed(), moduleCompleted);
  }

  /**
   * Moves the enrolment to the newest published version of its curriculum, keeping every unit done
   * in the module versions the two share.
   */
  public void moveToNewest(long enrolmentId) {
    Enrolment enrolment = mine(enrolmentId);
    if (enrolment.getCurriculumVersion() == null) {
      throw new LearningException("A single-module enrolment has no curriculum to move in.");
    }
    CurriculumVersion newest =
        curricula
            .latestPublishedCurriculum(enrolment.getCurriculumVersion().getCurriculum().getSlug())
            .orElseThrow(
                () -> new LearningException("There is no newer version.", "learn.error.noNewer"));
    enrolment.moveTo(newest, clock.instant());
    completions.settle(enrolment);
  }

  private Optional<NewerVersion> newerVersion(Enrolment enrolment) {
    CurriculumVersion current = enrolment.getCurriculumVersion();
    if (current == null) {
      return Optional.empty();
    }
    return curricula
        .latestPublishedCurriculum(current.getCurriculum().getSlug())
        .filter(newest -> newest.getNumber() > current.getNumber())
        .map(newest -> compare(current, newest));
  }

  static NewerVersion compare(CurriculumVersion current, CurriculumVersion newest) {
    List<String> added = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (ModuleVersion module : newest.getModules()) {
      Optional<ModuleVersion> before =
          current.getModules().stream()
              .filter(m -> m.getModule().getId().equals(module.getModule().getId()))
              .findFirst();
      if (before.isEmpty()) {
        added.add(module.getTitle());
      } else if (before.get().getId().equals(module.getId())) {
        kept.add(module.getTitle());
      } else {
        updated.add(module.getTitle());
      }
    }
    Set<Long> newModules =
        newest.getModules().stream().map(m -> m.getModule().getId()).collect(Collectors.toSet());
    List<String> removed =
        current.getModules().stream()
            .filter(m -> !newModules.contains(m.getModule().getId()))
            .map(ModuleVersion::getTitle)
            .sorted(Comparator.naturalOrder())
            .toList();
    return new NewerVersion(newest.getId(), newest.getNumber(), added, removed, updated, kept);
  }

  private UnitProgress progressOf(Enrolment enrolment, long unitId) {
    return enrolments
        .progress(enrolment, unitId)
        .orElseGet(
            () -> {
              UnitProgress created = new UnitProgress(enrolment, unitId, clock.instant());
              enrolments.add(created);
              return created;
            });
  }

  private QuizAttempt attemptOf(Enrolment enrolment, long attemptId) {
    return enrolments
        .attempt(attemptId)
        .filter(a -> a.getEnrolment().getId().equals(enrolment.getId()))
        .orElseThrow(() -> new LearningException("No such attempt in this enrolment."));
  }

  private Enrolment mine(long enrolmentId) {
    return rights.own(enrolments.byId(enrolmentId), Enrolment::belongsTo, "enrolment");
  }

  private static Unit unitIn(Enrolment enrolment, long unitId) {
    return findUnit(enrolment, unitId)
        .orElseThrow(() -> new LearningException("That unit is not part of this enrolment."));
  }

  private static Optional<Unit> findUnit(Enrolment enrolment, long unitId) {
    return enrolment.modules().stream()
        .flatMap(m -> m.getUnits().stream())
        .filter(u -> u.getId() == unitId)
        .findFirst();
  }

  static ModuleVersion moduleOf(Enrolment enrolment, Unit unit) {
    return enrolment.modules().stream()
        .filter(m -> m.getUnits().stream().anyMatch(u -> u.getId().equals(unit.getId())))
        .findFirst()
        .orElseThrow(() -> new LearningException("That unit is not part of this enrolment."));
  }

  private Account caller() {
    return rights.learner();
  }
}
