package org.parity.curriculum.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A question in a module's bank; quizzes draw their questions from the bank. */
@Entity
public class Question implements Positioned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_seq")
  @SequenceGenerator(name = "question_seq", sequenceName = "question_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private ModuleVersion moduleVersion;

  private int position;
  private String questionKey;

  @Enumerated(EnumType.STRING)
  private QuestionType type;

  private String text;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "question_id"))
  @OrderColumn(name = "position")
  private List<QuestionOption> options = new ArrayList<>();

  protected Question() {}

  Question(ModuleVersion moduleVersion, int position, QuestionContent content) {
    this.moduleVersion = moduleVersion;
    this.position = position;
    replace(content);
  }

  void replace(QuestionContent content) {
    long correct = content.options().stream().filter(QuestionOption::correct).count();
    if (content.options().size() < 2) {
      throw new WorkflowException(
          "A question needs at least two options.", "studio.refusal.twoOptions");
    }
    if (content.type() != QuestionType.MULTIPLE && correct != 1) {
      throw new WorkflowException(
          "A single-choice or true/false question needs exactly one correct option.",
          "studio.refusal.oneCorrectOption");
    }
    if (correct < 1) {
      throw new WorkflowException(
          "A question needs at least one correct option.", "studio.refusal.correctOption");
    }
    this.questionKey = content.key();
    this.type = content.type();
    this.text = content.text();
    this.options = new ArrayList<>(content.options());
  }

  public QuestionContent content() {
    return new QuestionContent(questionKey, type, text, List.copyOf(options));
  }

  @Override
  public void position(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public ModuleVersion getModuleVersion() {
    return moduleVersion;
  }

  public String getQuestionKey() {
    return questionKey;
  }

  public QuestionType getType() {
    return type;
  }

  public String getText() {
    return text;
  }

  public List<QuestionOption> getOptions() {
    return Collections.unmodifiableList(options);
  }
}
