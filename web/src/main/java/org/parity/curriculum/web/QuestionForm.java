package org.parity.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.parity.curriculum.application.StudioService;
import org.parity.curriculum.application.StudioViews.QuestionRow;
import org.parity.curriculum.domain.QuestionContent;
import org.parity.curriculum.domain.QuestionOption;
import org.parity.curriculum.domain.QuestionType;

/** The module page's question form: a new question for the bank, or one chosen to change. */
@Named
@ViewScoped
public class QuestionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ModuleEditor editor;
  @Inject StudioService studio;

  private Long editingId;
  private String key;
  private QuestionType type = QuestionType.SINGLE;
  private String text;
  private final List<OptionDraft> options =
      new ArrayList<>(
          List.of(new OptionDraft(), new OptionDraft(), new OptionDraft(), new OptionDraft()));

  /** An option row of the form; blank rows are ignored. */
  public static class OptionDraft implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;
    private boolean correct;
    private String feedback;

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public boolean isCorrect() {
      return correct;
    }

    public void setCorrect(boolean correct) {
      this.correct = correct;
    }

    public String getFeedback() {
      return feedback;
    }

    public void setFeedback(String feedback) {
      this.feedback = feedback;
    }

    void clear() {
      text = null;
      correct = false;
      feedback = null;
    }
  }

  public void save() {
    List<QuestionOption> chosen =
        options.stream()
            .filter(o -> o.getText() != null && !o.getText().isBlank())
            .map(
                o ->
                    new QuestionOption(
                        o.getText().trim(),
                        o.isCorrect(),
                        o.getFeedback() == null ? "" : o.getFeedback().trim()))
            .toList();
    Long editing = editingId;
    long version = editor.getVersionId();
    QuestionContent content = new QuestionContent(key, type, text, chosen);
    editor.change(
        "question",
        () -> {
          if (editing == null) {
            studio.addQuestion(version, content);
          } else {
            studio.editQuestion(version, editing, content);
          }
          editingId = null;
          key = null;
          text = null;
          options.forEach(OptionDraft::clear);
        },
        editing == null ? "studio.questionAdded" : "studio.questionSaved");
  }

  /** Puts a question into the form, to change it there. */
  public void edit(QuestionRow row) {
    QuestionContent c = row.content();
    editingId = row.id();
    key = c.key();
    type = c.type();
    text = c.text();
    for (int i = 0; i < options.size(); i++) {
      QuestionOption option = i < c.options().size() ? c.options().get(i) : null;
      OptionDraft draft = options.get(i);
      draft.setText(option == null ? null : option.text());
      draft.setCorrect(option != null && option.correct());
      draft.setFeedback(option == null ? null : option.feedback());
    }
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public QuestionType[] getTypes() {
    return QuestionType.values();
  }

  public List<OptionDraft> getOptions() {
    return options;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public QuestionType getType() {
    return type;
  }

  public void setType(QuestionType type) {
    this.type = type;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
