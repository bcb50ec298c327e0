package org.parity.curriculum.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parity.curriculum.application.StudioService;
import org.parity.curriculum.application.StudioViews.ModuleWork;
import org.parity.curriculum.application.StudioViews.UnitRow;
import org.parity.curriculum.domain.ModuleDetails;
import org.parity.curriculum.domain.QuestionContent;
import org.parity.curriculum.domain.QuestionOption;
import org.parity.curriculum.domain.QuestionType;
import org.parity.curriculum.domain.UnitContent;
import org.parity.curriculum.domain.UnitKind;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;
import org.parity.platform.text.Markdown;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;
import org.primefaces.event.ReorderEvent;

/** The /studio/module page: one module version's details, units, question bank and review. */
@Named
@ViewScoped
public class ModuleEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StudioService studio;
  @Inject PageMessages messages;
  @Inject Markdown markdown;

  private Long versionId;
  private ModuleWork work;

  // details
  private String title;
  private String summary;
  private String outcomes;
  private int minutes;
  private BigDecimal cpdHours;
  private List<String> challenges = new ArrayList<>();
  private List<String> priorityAreas = new ArrayList<>();
  private List<String> settings = new ArrayList<>();
  private List<String> themes = new ArrayList<>();

  // new unit
  private UnitKind unitKind = UnitKind.TEXT;
  private String unitTitle;
  private String unitBody;
  private String unitUrl;
  private int unitPassMark = 1;
  private int unitQuestionCount = 1;
  private int unitMaxAttempts;

  // new question
  private String questionKey;
  private QuestionType questionType = QuestionType.SINGLE;
  private String questionText;
  private final List<OptionDraft> options =
      new ArrayList<>(
          List.of(new OptionDraft(), new OptionDraft(), new OptionDraft(), new OptionDraft()));

  private String comment;
  private Long editingUnitId;
  private Long editingQuestionId;

  /** An option row of the new-question form; blank rows are ignored. */
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
  }

  public void load() {
    if (versionId == null) {
      return;
    }
    try {
      work = studio.module(versionId);
    } catch (InvalidInput | EJBAccessException refused) {
      work = null;
      messages.error("studio.versionUnknown");
      return;
    }
    ModuleDetails d = work.details();
    title = d.title();
    summary = d.summary();
    outcomes = String.join("\n", d.learningOutcomes());
    minutes = d.estimatedMinutes();
    cpdHours = d.cpdHours();
    challenges = new ArrayList<>(d.challenges());
    priorityAreas = new ArrayList<>(d.priorityAreas());
    settings = new ArrayList<>(d.settings());
    themes = new ArrayList<>(d.themes());
  }

  private void reload() {
    work = studio.module(versionId);
  }

  public void saveDetails() {
    attempt(
        "details",
        () ->
            studio.editDetails(
                versionId,
                new ModuleDetails(
                    title,
                    summary == null ? "" : summary,
                    Arrays.stream(outcomes == null ? new String[0] : outcomes.split("\\R"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                    minutes,
                    cpdHours,
                    challenges,
                    priorityAreas,
                    settings,
                    themes)),
        "studio.saved");
  }

  public void addUnit() {
    UnitContent content =
        new UnitContent(
            unitKind,
            unitTitle,
            unitBody,
            unitUrl,
            unitPassMark,
            unitQuestionCount,
            unitMaxAttempts);
    Long editing = editingUnitId;
    attempt(
        "unit",
        () -> {
          if (editing == null) {
            studio.addUnit(versionId, content);
          } else {
            studio.editUnit(versionId, editing, content);
          }
          clearUnitForm();
        },
        editing == null ? "studio.unitAdded" : "studio.unitSaved");
  }

  /** Puts a unit into the form below the table, to change it there. */
  public void startEditingUnit(UnitRow row) {
    UnitContent c = row.content();
    editingUnitId = row.id();
    unitKind = c.kind();
    unitTitle = c.title();
    unitBody = c.body();
    unitUrl = c.url();
    unitPassMark = c.passMark();
    unitQuestionCount = c.questionCount();
    unitMaxAttempts = c.maxAttempts();
  }

  public void clearUnitForm() {
    editingUnitId = null;
    unitKind = UnitKind.TEXT;
    unitTitle = null;
    unitBody = null;
    unitUrl = null;
    unitPassMark = 1;
    unitQuestionCount = 1;
    unitMaxAttempts = 0;
  }

  public boolean isEditingUnit() {
    return editingUnitId != null;
  }

  /** Puts a question into the form, to change it there. */
  public void startEditingQuestion(org.parity.curriculum.application.StudioViews.QuestionRow row) {
    QuestionContent c = row.content();
    editingQuestionId = row.id();
    questionKey = c.key();
    questionType = c.type();
    questionText = c.text();
    for (int i = 0; i < options.size(); i++) {
      OptionDraft draft = options.get(i);
      QuestionOption option = i < c.options().size() ? c.options().get(i) : null;
      draft.setText(option == null ? null : option.text());
      draft.setCorrect(option != null && option.correct());
      draft.setFeedback(option == null ? null : option.feedback());
    }
  }

  public boolean isEditingQuestion() {
    return editingQuestionId != null;
  }

  public void moveUnit(long unitId, int by) {
    attempt("units", () -> studio.moveUnit(versionId, unitId, by), null);
  }

  public void removeUnit(long unitId) {
    attempt("units", () -> studio.removeUnit(versionId, unitId), "studio.unitRemoved");
  }

  /** Drag and drop in the units table: the table's new order, sent whole. */
  public void onUnitReorder(ReorderEvent event) {
    List<Long> ids = new ArrayList<>(work.units().stream().map(UnitRow::id).toList());
    Long moved = ids.remove(event.getFromIndex());
    ids.add(event.getToIndex(), moved);
    attempt("units", () -> studio.reorderUnits(versionId, ids), null);
  }

  public void addQuestion() {
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
    Long editing = editingQuestionId;
    attempt(
        "question",
        () -> {
          QuestionContent content =
              new QuestionContent(questionKey, questionType, questionText, chosen);
          if (editing == null) {
            studio.addQuestion(versionId, content);
          } else {
            studio.editQuestion(versionId, editing, content);
          }
          editingQuestionId = null;
          questionKey = null;
          questionText = null;
          options.forEach(
              o -> {
                o.setText(null);
                o.setCorrect(false);
                o.setFeedback(null);
              });
        },
        editing == null ? "studio.questionAdded" : "studio.questionSaved");
  }

  public void removeQuestion(long questionId) {
    attempt("questions", () -> studio.removeQuestion(versionId, questionId), null);
  }

  public void submit() {
    attempt("review", () -> studio.submit(versionId, comment), "studio.submitted");
  }

  public void returnToEditors() {
    attempt("review", () -> studio.returnWithComment(versionId, comment), "studio.returned");
  }

  public void publish() {
    attempt("review", () -> studio.publish(versionId, comment), "studio.published");
  }

  public void startNewDraft() {
    try {
      long draft = studio.startNewDraft(versionId);
      PageAddress.redirect("/studio/module?v=" + draft);
    } catch (OutOfTurn e) {
      messages.refused(e);
    }
  }

  private void attempt(String formId, Runnable change, String successKey) {
    if (StudioStep.run(messages, formId, change, successKey)) {
      comment = null;
    }
    reload();
  }

  public String getPreview() {
    return markdown.toSafeHtml(unitBody);
  }

  public UnitKind[] getUnitKinds() {
    return UnitKind.values();
  }

  public QuestionType[] getQuestionTypes() {
    return QuestionType.values();
  }

  public ModuleWork getWork() {
    return work;
  }

  public List<OptionDraft> getOptions() {
    return options;
  }

  public Long getVersionId() {
    return versionId;
  }

  public void setVersionId(Long versionId) {
    this.versionId = versionId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getOutcomes() {
    return outcomes;
  }

  public void setOutcomes(String outcomes) {
    this.outcomes = outcomes;
  }

  public int getMinutes() {
    return minutes;
  }

  public void setMinutes(int minutes) {
    this.minutes = minutes;
  }

  public BigDecimal getCpdHours() {
    return cpdHours;
  }

  public void setCpdHours(BigDecimal cpdHours) {
    this.cpdHours = cpdHours;
  }

  public List<String> getChallenges() {
    return challenges;
  }

  public void setChallenges(List<String> challenges) {
    this.challenges = challenges;
  }

  public List<String> getPriorityAreas() {
    return priorityAreas;
  }

  public void setPriorityAreas(List<String> priorityAreas) {
    this.priorityAreas = priorityAreas;
  }

  public List<String> getSettings() {
    return settings;
  }

  public void setSettings(List<String> settings) {
    this.settings = settings;
  }

  public List<String> getThemes() {
    return themes;
  }

  public void setThemes(List<String> themes) {
    this.themes = themes;
  }

  public UnitKind getUnitKind() {
    return unitKind;
  }

  public void setUnitKind(UnitKind unitKind) {
    this.unitKind = unitKind;
  }

  public String getUnitTitle() {
    return unitTitle;
  }

  public void setUnitTitle(String unitTitle) {
    this.unitTitle = unitTitle;
  }

  public String getUnitBody() {
    return unitBody;
  }

  public void setUnitBody(String unitBody) {
    this.unitBody = unitBody;
  }

  public String getUnitUrl() {
    return unitUrl;
  }

  public void setUnitUrl(String unitUrl) {
    this.unitUrl = unitUrl;
  }

  public int getUnitPassMark() {
    return unitPassMark;
  }

  public void setUnitPassMark(int unitPassMark) {
    this.unitPassMark = unitPassMark;
  }

  public int getUnitQuestionCount() {
    return unitQuestionCount;
  }

  public void setUnitQuestionCount(int unitQuestionCount) {
    this.unitQuestionCount = unitQuestionCount;
  }

  public int getUnitMaxAttempts() {
    return unitMaxAttempts;
  }

  public void setUnitMaxAttempts(int unitMaxAttempts) {
    this.unitMaxAttempts = unitMaxAttempts;
  }

  public String getQuestionKey() {
    return questionKey;
  }

  public void setQuestionKey(String questionKey) {
    this.questionKey = questionKey;
  }

  public QuestionType getQuestionType() {
    return questionType;
  }

  public void setQuestionType(QuestionType questionType) {
    this.questionType = questionType;
  }

  public String getQuestionText() {
    return questionText;
  }

  public void setQuestionText(String questionText) {
    this.questionText = questionText;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
