package org.parity.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parity.curriculum.domain.Question;
import org.parity.curriculum.domain.QuestionOption;
import org.parity.curriculum.domain.QuestionType;

/**
 * A question as drawn into one attempt: the order its options were shown in and the learner's
 * answer. Options are named by their place in the bank's question, so shuffling never changes what
 * an answer means.
 */
@Entity
public class AttemptQuestion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_question_seq")
  @SequenceGenerator(
      name = "attempt_question_seq",
      sequenceName = "attempt_question_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private QuizAttempt attempt;

  private int position;

  @ManyToOne(optional = false)
  private Question question;

  private String optionOrder;
  private String selected;
  private Instant answeredAt;

  protected AttemptQuestion() {}

  AttemptQuestion(QuizAttempt attempt, int position, Question question, List<Integer> order) {
    this.attempt = attempt;
    this.position = position;
    this.question = question;
    this.optionOrder = join(order);
  }

  void answer(Set<Integer> options, Instant now) {
    int count = question.getOptions().size();
    if (options.isEmpty() || options.stream().anyMatch(o -> o < 0 || o >= count)) {
      throw new LearningException("Choose one of the options shown.", "learn.error.chooseShown");
    }
    if (question.getType() != QuestionType.MULTIPLE && options.size() != 1) {
      throw new LearningException("Choose exactly one option.", "learn.error.chooseOne");
    }
    selected = join(new TreeSet<>(options));
    answeredAt = now;
  }

  /** Right when the chosen options are exactly the correct ones. */
  public boolean isCorrect() {
    List<QuestionOption> options = question.getOptions();
    Set<Integer> correct = new TreeSet<>();
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).correct()) {
        correct.add(i);
      }
    }
    return correct.equals(selectedOptions());
  }

  /** The options in the order this learner saw them, as places in the bank's question. */
  public List<Integer> shownOrder() {
    return split(optionOrder);
  }

  public Set<Integer> selectedOptions() {
    return new TreeSet<>(split(selected));
  }

  public boolean isAnswered() {
    return selected != null;
  }

  private static String join(Iterable<Integer> values) {
    StringBuilder joined = new StringBuilder();
    for (Integer value : values) {
      if (!joined.isEmpty()) {
        joined.append(',');
      }
      joined.append(value);
    }
    return joined.toString();
  }

  private static List<Integer> split(String values) {
    if (values == null || values.isBlank()) {
      return List.of();
    }
    return Arrays.stream(values.split(",")).map(Integer::valueOf).collect(Collectors.toList());
  }

  public Long getId() {
    return id;
  }

  public QuizAttempt getAttempt() {
    return attempt;
  }

  public int getPosition() {
    return position;
  }

  public Question getQuestion() {
    return question;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
