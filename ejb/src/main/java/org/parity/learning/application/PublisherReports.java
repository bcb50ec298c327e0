package org.parity.learning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parity.curriculum.application.OutcomeMappings;
import org.parity.curriculum.application.OutcomeViews.FrameworkCompletions;
import org.parity.curriculum.application.OutcomeViews.OutcomeCompletions;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.learning.application.ReportViews.CurriculumReport;
import org.parity.learning.application.ReportViews.QuestionScore;
import org.parity.learning.application.ReportViews.ReportableCurriculum;
import org.parity.learning.application.ReportViews.Tally;
import org.parity.learning.domain.AttemptQuestion;
import org.parity.learning.domain.Enrolment;
import org.parity.learning.infrastructure.Enrolments;
import org.parity.platform.NotAllowedException;

/**
 * Reports for publishers: who enrols in and completes their curricula (by month, profession and
 * region), and how learners fare on each question, so authors see which ones mislead. An editor or
 * publisher sees the curricula their own publishers publish, and no others.
 */
@Stateless
@RolesAllowed({"EDITOR", "PUBLISHER"})
public class PublisherReports {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Inject Curricula curricula;
  @Inject Enrolments enrolments;
  @Inject LearningRights rights;
  @Inject OutcomeMappings outcomes;

  /** The caller's publishers' curricula that have a published version. */
  public List<ReportableCurriculum> curricula() {

    Map<String, ReportableCurriculum> mine = new TreeMap<>();
    for (CurriculumVersion v : curricula.publishedCurricula()) {
      if (rights.speaksFor(v.getPublishers())) {
        mine.merge(
            v.getCurriculum().getSlug(),
            new ReportableCurriculum(v.getCurriculum().getSlug(), v.getTitle(), v.getNumber()),
            (a, b) -> a.latestVersion() >= b.latestVersion() ? a : b);
      }
    }
    return mine.values().stream()
        .sorted(Comparator.comparing(ReportableCurriculum::title))
        .toList();
  }

  /**
   * The report on one of the caller's curricula, for learners of one profession and region when
   * given (blank: all), so each group can be followed over time.
   */
  public CurriculumReport report(String slug, String profession, String region) {
    ReportableCurriculum curriculum =
        curricula().stream()
            .filter(c -> c.slug().equals(slug))
            .findFirst()
            .orElseThrow(() -> new NotAllowedException("Not a curriculum of your publishers"));
    List<Enrolment> taking =
        enrolments.inCurriculum(slug).stream()
            .filter(e -> matches(profession, e.getLearner().getProfession()))
            .filter(e -> matches(region, e.getLearner().getRegion()))
            .toList();
    Set<Long> included = taking.stream().map(Enrolment::getId).collect(Collectors.toSet());
    long completions = taking.stream().filter(Enrolment::isCompleted).count();
    return new CurriculumReport(
        curriculum.slug(),
        curriculum.title(),
        taking.size(),
        completions,
        byMonth(taking),
        tally(taking, e -> orUnknown(e.getLearner().getProfession())),
        tally(taking, e -> orUnknown(e.getLearner().getRegion())),
        questionScores(
            enrolments.submittedAnswersIn(slug).stream()
                .filter(q -> included.contains(q.getAttempt().getEnrolment().getId()))
                .toList()),
        curricula
            .latestPublishedCurriculum(slug)
            .map(
                v ->
                    outcomes.completions(
                        v,
                        enrolments.modulesCompletedBy(
                            taking.stream().map(Enrolment::getLearner).distinct().toList())))
            .orElse(List.of()));
  }

  private static boolean matches(String wanted, String value) {
    return wanted == null || wanted.isBlank() || wanted.equals(orUnknown(value));
  }

  /** The report as CSV: one row a group (month, profession, region), then one row a question. */
  public String csv(String slug, String profession, String region) {
    CurriculumReport report = report(slug, profession, region);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        CSVFormat.RFC4180
            .builder()
            .setHeader("Section", "Group", "Enrolments", "Completions", "Answers", "Correct %")
            .get()
            .print(out)) {
      for (Tally t : report.byMonth()) {
        csv.printRecord("month", t.key(), t.enrolments(), t.completions(), "", "");
      }
      for (Tally t : report.byProfession()) {
        csv.printRecord("profession", t.key(), t.enrolments(), t.completions(), "", "");
      }
      for (Tally t : report.byRegion()) {
        csv.printRecord("region", t.key(), t.enrolments(), t.completions(), "", "");
      }
      for (FrameworkCompletions framework : report.byOutcome()) {
        for (OutcomeCompletions o : framework.outcomes()) {
          csv.printRecord(
              "outcome",
              CpdLog.safe(framework.framework() + " / " + o.outcome().line()),
              "",
              o.learners(),
              "",
              "");
        }
      }
      for (QuestionScore q : report.questions()) {
        csv.printRecord(
            "question",
            CpdLog.safe(q.module() + " / " + q.questionKey() + ": " + q.text()),
            "",
            "",
            q.answers(),
            q.percent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Every month from the first enrolment to the last activity, empty months included. */
  static List<Tally> byMonth(List<Enrolment> taking) {
    TreeMap<YearMonth, long[]> months = new TreeMap<>();
    for (Enrolment e : taking) {
      months.computeIfAbsent(month(e.getEnrolledAt()), m -> new long[2])[0]++;
      if (e.getCompletedAt() != null) {
        months.computeIfAbsent(month(e.getCompletedAt()), m -> new long[2])[1]++;
      }
    }
    if (months.isEmpty()) {
      return List.of();
    }
    for (YearMonth m = months.firstKey(); m.isBefore(months.lastKey()); m = m.plusMonths(1)) {
      months.putIfAbsent(m, new long[2]);
    }
    return months.entrySet().stream()
        .map(e -> new Tally(e.getKey().toString(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  private static YearMonth month(java.time.Instant at) {
    return YearMonth.from(at.atZone(UK));
  }

  private static List<Tally> tally(List<Enrolment> taking, Function<Enrolment, String> group) {
    Map<String, long[]> groups = new TreeMap<>();
    for (Enrolment e : taking) {
      long[] counts = groups.computeIfAbsent(group.apply(e), g -> new long[2]);
      counts[0]++;
      if (e.isCompleted()) {
        counts[1]++;
      }
    }
    return groups.entrySet().stream()
        .map(e -> new Tally(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  /** Worst first: the questions most often answered wrongly lead the list. */
  static List<QuestionScore> questionScores(List<AttemptQuestion> answered) {
    Map<Long, long[]> counts = new LinkedHashMap<>();
    Map<Long, AttemptQuestion> sample = new LinkedHashMap<>();
    for (AttemptQuestion q : answered) {
      long id = q.getQuestion().getId();
      long[] c = counts.computeIfAbsent(id, k -> new long[2]);
      c[0]++;
      if (q.isCorrect()) {
        c[1]++;
      }
      sample.putIfAbsent(id, q);
    }
    return counts.entrySet().stream()
        .map(
            e -> {
              AttemptQuestion q = sample.get(e.getKey());
              long answers = e.getValue()[0];
              long correct = e.getValue()[1];
              return new QuestionScore(
                  q.getQuestion().getModuleVersion().getTitle(),
                  q.getQuestion().getQuestionKey(),
                  q.getQuestion().getText(),
                  answers,
                  correct,
                  (int) Math.round(correct * 100.0 / answers));
            })
        .sorted(
            Comparator.comparingInt(QuestionScore::percent)
                .thenComparing(QuestionScore::module)
                .thenComparing(QuestionScore::questionKey))
        .toList();
  }

  private static String orUnknown(String value) {
    return value == null || value.isBlank() ? "UNKNOWN" : value;
  }
}
