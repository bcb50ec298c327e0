package org.parity.learning.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the learner's pages show: plain values, safe to render (HTML already sanitised). */
public final class LearningViews {

  private LearningViews() {}

  /** One line of the dashboard: what, how far, and where "continue" goes. */
  public record EnrolmentSummary(
      long id,
      String title,
      boolean curriculum,
      int version,
      int percent,
      boolean completed,
      String nextUnitTitle,
      Instant lastActivity,
      List<AlreadyCompleted> alreadyCompleted) {}

  /** A module of the enrolment the learner completed through another one: it counts here too. */
  public record AlreadyCompleted(String title, Instant on, String certificateCode) {}

  /**
   * A module the learner completed that was written for other professions than theirs: those its
   * published curricula name (profession codes), and when they completed it.
   */
  public record OutsideMyProfession(String title, List<String> professions, Instant completedAt) {}

  /** One line of "recent activity": what the learner did (an xAPI verb), to what, and when. */
  public record ActivityView(String verb, String activity, Instant at) {}

  public record CertificateSummary(
      String code,
      String kind,
      String title,
      int version,
      BigDecimal cpdHours,
      Instant issuedAt,
      boolean revoked) {}

  /**
   * The player: the outline of every module with progress, and the unit in front of the learner.
   */
  public record PlayerView(
      long enrolmentId,
      String title,
      int version,
      boolean curriculum,
      int percent,
      boolean completed,
      List<ModuleOutline> modules,
      UnitView unit,
      Long previousUnitId,
      Long nextUnitId,
      NewerVersion newerVersion)
      implements Serializable {}

  public record ModuleOutline(
      long versionId,
      String title,
      int version,
      int percent,
      boolean complete,
      String certificateCode,
      List<UnitStep> units,
      /* When it was completed through another enrolment (whose certificate is named), else null. */
      Instant alreadyCompletedOn)
      implements Serializable {}

  public record UnitStep(long id, int position, String title, String kind, boolean done)
      implements Serializable {}

  /** The unit on screen; for a quiz, its state for this learner. */
  public record UnitView(
      long id,
      String moduleTitle,
      String title,
      String kind,
      String html,
      String url,
      boolean done,
      String reflection,
      QuizView quiz,
      ModuleStanding moduleStanding,
      List<org.parity.curriculum.domain.Reference> sources)
      implements Serializable {}

  /**
   * How current the unit's module version is: when it was last reviewed, whether its review-by date
   * has passed, and whether its publisher has retired it (the learner keeps access).
   */
  public record ModuleStanding(
      java.time.LocalDate lastReviewedOn,
      java.time.LocalDate reviewBy,
      boolean reviewOverdue,
      boolean retired)
      implements Serializable {}

  public record QuizView(
      int passMark,
      int questionCount,
      int maxAttempts,
      int attemptsUsed,
      boolean mayStart,
      boolean passed,
      AttemptView open,
      AttemptView lastSubmitted,
      List<AttemptSummary> history)
      implements Serializable {}

  public record AttemptSummary(
      int number, Instant submittedAt, int score, int total, boolean passed)
      implements Serializable {}

  public record AttemptView(
      long id,
      int number,
      boolean submitted,
      int score,
      int total,
      boolean passed,
      List<AttemptQuestionView> questions)
      implements Serializable {}

  public record AttemptQuestionView(
      long questionId,
      int position,
      String html,
      boolean multiple,
      boolean answered,
      boolean correct,
      List<OptionView> options)
      implements Serializable {}

  /**
   * An option in the order this learner saw it; {@code index} is its place in the bank. Whether it
   * is right, and its feedback, are filled in only once the attempt is submitted.
   */
  public record OptionView(
      int index, String text, boolean selected, Boolean correct, String feedback)
      implements Serializable {}

  /** A newer published version of the enrolled curriculum, and what moving to it would change. */
  public record NewerVersion(
      long versionId,
      int number,
      List<String> modulesAdded,
      List<String> modulesRemoved,
      List<String> modulesUpdated,
      List<String> modulesKept)
      implements Serializable {}

  public record AttemptOutcome(int score, int total, boolean passed, boolean moduleCompleted) {}

  public record CertificateView(
      String code,
      String learnerName,
      String kind,
      String title,
      int version,
      String publishers,
      BigDecimal cpdHours,
      Instant issuedAt,
      boolean revoked,
      Instant revokedAt,
      String revokedReason,
      /* The outcomes of colleges' frameworks met, as they stood when it was issued. */
      List<org.parity.learning.domain.Certificate.OutcomesMet> outcomes) {}
}
