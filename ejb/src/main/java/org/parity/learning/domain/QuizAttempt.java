package org.parity.learning.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.parity.curriculum.domain.Question;
import org.parity.curriculum.domain.Unit;
import org.parity.curriculum.domain.UnitKind;

/**
 * One go at a quiz: questions drawn from the module's bank, options shuffled, each answer kept as
 * it is given, and a score against the pass mark once submitted. A submitted attempt never changes.
 */
@Entity
@NamedQuery(
    name = "QuizAttempt.findByEnrolment",
    query = "select a from QuizAttempt a where a.enrolment = :enrolment order by a.number")
public class QuizAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_attempt_seq")
  @SequenceGenerator(
      name = "quiz_attempt_seq",
      sequenceName = "quiz_attempt_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Enrolment enrolment;

  @ManyToOne(optional = false)
  private Unit unit;

  private int number;
  private Instant startedAt;
  private Instant submittedAt;
  private int score;
  private int questionTotal;
  private boolean passed;

  @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<AttemptQuestion> questions = new ArrayList<>();

  @Version private long version;

  protected QuizAttempt() {}

  /**
   * Starts attempt {@code number} at a quiz unit, drawing its questions from {@code bank}; refuses
   * when the quiz allows no more attempts.
   */
  public static QuizAttempt start(
      Enrolment enrolment, Unit quiz, List<Question> bank, int number, Random random, Instant now) {
    if (quiz.getKind() != UnitKind.QUIZ) {
      throw new LearningException("That unit is not a quiz.");
    }
    if (quiz.getMaxAttempts() > 0 && number > quiz.getMaxAttempts()) {
      throw new LearningException(
          "This quiz allows " + quiz.getMaxAttempts() + " attempts, and all have been used.",
          "learn.error.noAttempts",
          quiz.getMaxAttempts());
    }
    if (quiz.getQuestionCount() > bank.size()) {
      throw new LearningException("The question bank is smaller than the quiz.");
    }
    QuizAttempt attempt = new QuizAttempt();
    attempt.enrolment = enrolment;
    attempt.unit = quiz;
    attempt.number = number;
    attempt.startedAt = now;
    List<Question> drawn = new ArrayList<>(bank);
    Collections.shuffle(drawn, random);
    drawn = drawn.subList(0, quiz.getQuestionCount());
    for (int i = 0; i < drawn.size(); i++) {
      Question question = drawn.get(i);
      List<Integer> order = new ArrayList<>();
      for (int o = 0; o < question.getOptions().size(); o++) {
        order.add(o);
      }
      Collections.shuffle(order, random);
      attempt.questions.add(new AttemptQuestion(attempt, i, question, order));
    }
    attempt.questionTotal = drawn.size();
    return attempt;
  }

  /** Scores the answers given; unanswered questions count as wrong. */
  public void submit(Instant now) {
    requireOpen();
    score = (int) questions.stream().filter(AttemptQuestion::isCorrect).count();
    passed = score >= unit.getPassMark();
    submittedAt = now;
  }

  public AttemptQuestion question(long questionId) {
    return questions.stream()
        .filter(q -> q.getQuestion().getId() == questionId)
        .findFirst()
        .orElseThrow(() -> new LearningException("That question is not in this attempt."));
  }

  /**
   * Records an answer to one question of this open attempt (options by their place in the bank).
   */
  public void answer(long questionId, Set<Integer> options, Instant now) {
    requireOpen();
    question(questionId).answer(options, now);
  }

  void requireOpen() {
    if (submittedAt != null) {
      throw new LearningException(
          "This attempt has been submitted; start a new one.", "learn.error.submitted");
    }
  }

  public boolean isSubmitted() {
    return submittedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public Unit getUnit() {
    return unit;
  }

  public int getNumber() {
    return number;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public int getScore() {
    return score;
  }

  public int getQuestionTotal() {
    return questionTotal;
  }

  public boolean isPassed() {
    return passed;
  }

  public List<AttemptQuestion> getQuestions() {
    return Collections.unmodifiableList(questions);
  }
}
