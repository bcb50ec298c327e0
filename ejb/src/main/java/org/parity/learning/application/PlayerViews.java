package org.parity.learning.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parity.curriculum.domain.ContentReview;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.QuestionOption;
import org.parity.curriculum.domain.QuestionType;
import org.parity.curriculum.domain.Unit;
import org.parity.curriculum.domain.UnitKind;
import org.parity.curriculum.domain.VersionStatus;
import org.parity.learning.application.LearningViews.AttemptQuestionView;
import org.parity.learning.application.LearningViews.AttemptSummary;
import org.parity.learning.application.LearningViews.AttemptView;
import org.parity.learning.application.LearningViews.ModuleOutline;
import org.parity.learning.application.LearningViews.ModuleStanding;
import org.parity.learning.application.LearningViews.NewerVersion;
import org.parity.learning.application.LearningViews.OptionView;
import org.parity.learning.application.LearningViews.PlayerView;
import org.parity.learning.application.LearningViews.QuizView;
import org.parity.learning.application.LearningViews.UnitStep;
import org.parity.learning.application.LearningViews.UnitView;
import org.parity.learning.domain.AttemptQuestion;
import org.parity.learning.domain.Certificate;
import org.parity.learning.domain.Enrolment;
import org.parity.learning.domain.Progress;
import org.parity.learning.domain.QuizAttempt;
import org.parity.learning.domain.UnitProgress;
import org.parity.learning.infrastructure.Enrolments;
import org.parity.platform.text.Markdown;

/** Builds what the player shows from an enrolment: outline, progress and the unit on screen. */
@Dependent
public class PlayerViews {

  @Inject Enrolments enrolments;
  @Inject Markdown markdown;
  @Inject org.parity.curriculum.application.ModuleImages images;
  @Inject Clock clock;

  /** {@code credited}: the modules completed through another enrolment, by their certificates. */
  public PlayerView player(
      Enrolment enrolment,
      Progress progress,
      Map<Long, Certificate> credited,
      Unit unit,
      NewerVersion newer) {
    Map<Long, String> certificates =
        enrolments.certificates(enrolment).stream()
            .filter(c -> c.getKind() == Certificate.Kind.MODULE)
            .collect(
                Collectors.toMap(
                    Certificate::getSubjectVersionId, Certificate::getCode, (a, b) -> a));
    List<ModuleOutline> outline =
        enrolment.modules().stream()
            .map(
                m ->
                    new ModuleOutline(
                        m.getId(),
                        m.getTitle(),
                        m.getNumber(),
                        progress.percent(m),
                        progress.isComplete(m),
                        credited.containsKey(m.getId())
                            ? credited.get(m.getId()).getCode()
                            : certificates.get(m.getId()),
                        m.getUnits().stream()
                            .map(
                                u ->
                                    new UnitStep(
                                        u.getId(),
                                        u.getPosition() + 1,
                                        u.getTitle(),
                                        u.getKind().name(),
                                        progress.isDone(u)))
                            .toList(),
                        credited.containsKey(m.getId())
                            ? credited.get(m.getId()).getIssuedAt()
                            : null))
            .toList();
    List<Unit> all = enrolment.modules().stream().flatMap(m -> m.getUnits().stream()).toList();
    int at = all.indexOf(unit);
    return new PlayerView(
        enrolment.getId(),
        enrolment.title(),
        enrolment.versionNumber(),
        enrolment.getCurriculumVersion() != null,
        progress.overallPercent(),
        enrolment.isCompleted(),
        outline,
        unit(enrolment, progress, unit),
        at > 0 ? all.get(at - 1).getId() : null,
        at >= 0 && at < all.size() - 1 ? all.get(at + 1).getId() : null,
        newer);
  }

  private UnitView unit(Enrolment enrolment, Progress progress, Unit unit) {
    ModuleVersion module = LearningService.moduleOf(enrolment, unit);
    String reflection =
        unit.getKind() == UnitKind.REFLECTION
            ? enrolments
                .progress(enrolment, unit.getId())
                .map(UnitProgress::getReflection)
                .orElse("")
            : null;
    return new UnitView(
        unit.getId(),
        module.getTitle(),
        unit.getTitle(),
        unit.getKind().name(),
        markdown.toSafeHtml(withoutTitle(unit.getBody(), unit.getTitle()), images.links(module)),
        unit.getUrl(),
        progress.isDone(unit),
        reflection,
        unit.getKind() == UnitKind.QUIZ ? quiz(enrolment, unit) : null,
        new ModuleStanding(
            module.review().lastReviewedOn(),
            module.review().reviewBy(),
            module.review().standing(LocalDate.ofInstant(clock.instant(), ContentReview.ZONE))
                == ContentReview.Standing.OVERDUE,
            module.getStatus() == VersionStatus.RETIRED),
        unit.getReferences());
  }

  /** A body that opens with the unit's own title as a heading would show the title twice. */
  static String withoutTitle(String body, String title) {
    if (body == null || title == null) {
      return body;
    }
    String trimmed = body.stripLeading();
    int end = trimmed.indexOf('\n');
    String first = end < 0 ? trimmed : trimmed.substring(0, end);
    if (first.matches("#{1,2}\\s+.*")
        && first.replaceFirst("^#{1,2}\\s+", "").strip().equalsIgnoreCase(title.strip())) {
      return end < 0 ? "" : trimmed.substring(end + 1);
    }
    return body;
  }

  private QuizView quiz(Enrolment enrolment, Unit quiz) {
    List<QuizAttempt> attempts =
        enrolments.attempts(enrolment).stream()
            .filter(a -> a.getUnit().getId().equals(quiz.getId()))
            .sorted(Comparator.comparingInt(QuizAttempt::getNumber))
            .toList();
    QuizAttempt open = attempts.stream().filter(a -> !a.isSubmitted()).findFirst().orElse(null);
    List<QuizAttempt> submitted = attempts.stream().filter(QuizAttempt::isSubmitted).toList();
    boolean passed = submitted.stream().anyMatch(QuizAttempt::isPassed);
    boolean attemptsLeft = quiz.getMaxAttempts() == 0 || attempts.size() < quiz.getMaxAttempts();
    List<AttemptSummary> history = new ArrayList<>();
    submitted.forEach(
        a ->
            history.add(
                new AttemptSummary(
                    a.getNumber(),
                    a.getSubmittedAt(),
                    a.getScore(),
                    a.getQuestionTotal(),
                    a.isPassed())));
    return new QuizView(
        quiz.getPassMark(),
        quiz.getQuestionCount(),
        quiz.getMaxAttempts(),
        attempts.size(),
        open == null && !passed && attemptsLeft,
        passed,
        open == null ? null : attempt(open),
        submitted.isEmpty() ? null : attempt(submitted.get(submitted.size() - 1)),
        history);
  }

  private AttemptView attempt(QuizAttempt attempt) {
    boolean submitted = attempt.isSubmitted();
    return new AttemptView(
        attempt.getId(),
        attempt.getNumber(),
        submitted,
        attempt.getScore(),
        attempt.getQuestionTotal(),
        attempt.isPassed(),
        attempt.getQuestions().stream().map(q -> question(q, submitted)).toList());
  }

  private AttemptQuestionView question(AttemptQuestion asked, boolean submitted) {
    List<QuestionOption> options = asked.getQuestion().getOptions();
    Set<Integer> selected = asked.selectedOptions();
    Function<Integer, OptionView> option =
        index -> {
          QuestionOption o = options.get(index);
          boolean chosen = selected.contains(index);
          // Feedback for what the learner chose, and the right answers shown once it is over.
          return new OptionView(
              index,
              o.text(),
              chosen,
              submitted ? o.correct() : null,
              submitted && (chosen || o.correct()) ? o.feedback() : null);
        };
    return new AttemptQuestionView(
        asked.getQuestion().getId(),
        asked.getPosition() + 1,
        markdown.toSafeHtml(asked.getQuestion().getText()),
        asked.getQuestion().getType() == QuestionType.MULTIPLE,
        asked.isAnswered(),
        submitted && asked.isCorrect(),
        asked.shownOrder().stream().map(option).toList());
  }
}
