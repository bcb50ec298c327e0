package org.parity.learning.application;

import java.io.Serializable;
import java.util.List;

/** What a publisher's report on one of its curricula shows. */
public final class ReportViews {

  private ReportViews() {}

  public record ReportableCurriculum(String slug, String title, int latestVersion)
      implements Serializable {}

  /** Enrolments and completions in one group: a month, a profession or a region. */
  public record Tally(String key, long enrolments, long completions) implements Serializable {}

  /** How learners did on one question: answers given in submitted attempts, and the share right. */
  public record QuestionScore(
      String module, String questionKey, String text, long answers, long correct, int percent)
      implements Serializable {}

  public record CurriculumReport(
      String slug,
      String title,
      long enrolments,
      long completions,
      List<Tally> byMonth,
      List<Tally> byProfession,
      List<Tally> byRegion,
      List<QuestionScore> questions,
      /* Learners who met each outcome of the frameworks its modules cover. */
      List<org.parity.curriculum.application.OutcomeViews.FrameworkCompletions> byOutcome)
      implements Serializable {}
}
