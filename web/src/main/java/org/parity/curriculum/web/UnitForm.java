package org.parity.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.parity.curriculum.application.StudioService;
import org.parity.curriculum.application.StudioViews.UnitRow;
import org.parity.curriculum.domain.UnitContent;
import org.parity.curriculum.domain.UnitKind;
import org.parity.platform.text.Markdown;

/** The module page's unit form: a new unit, or the one chosen in the table to change. */
@Named
@ViewScoped
public class UnitForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ModuleEditor editor;
  @Inject StudioService studio;
  @Inject Markdown markdown;

  private Long editingId;
  private UnitKind kind = UnitKind.TEXT;
  private String title;
  private String body;
  private String url;
  private int passMark = 1;
  private int questionCount = 1;
  private int maxAttempts;
  private boolean clinicalClaims;
  private List<SourceRow> sources = new ArrayList<>();

  public void save() {
    // A row left empty is no source; dropping it keeps each refusal beside the row it is about.
    sources.removeIf(SourceRow::isEmpty);
    UnitContent content =
        new UnitContent(
            kind,
            title,
            body,
            url,
            passMark,
            questionCount,
            maxAttempts,
            clinicalClaims,
            sources.stream().map(SourceRow::reference).toList());
    Long editing = editingId;
    long version = editor.getVersionId();
    editor.change(
        "unit",
        () -> {
          if (editing == null) {
            studio.addUnit(version, content);
          } else {
            studio.editUnit(version, editing, content);
          }
          clear();
        },
        editing == null ? "studio.unitAdded" : "studio.unitSaved");
  }

  /** Puts a unit into the form below the table, to change it there. */
  public void edit(UnitRow row) {
    UnitContent c = row.content();
    editingId = row.id();
    kind = c.kind();
    title = c.title();
    body = c.body();
    url = c.url();
    passMark = c.passMark();
    questionCount = c.questionCount();
    maxAttempts = c.maxAttempts();
    clinicalClaims = c.clinicalClaims();
    sources = new ArrayList<>(c.references().stream().map(SourceRow::of).toList());
  }

  /** Another empty row for a source (what was typed so far stays). */
  public void addSource() {
    sources.add(new SourceRow());
  }

  public void removeSource(int index) {
    if (index >= 0 && index < sources.size()) {
      sources.remove(index);
    }
  }

  public void clear() {
    editingId = null;
    kind = UnitKind.TEXT;
    title = null;
    body = null;
    url = null;
    passMark = 1;
    questionCount = 1;
    maxAttempts = 0;
    clinicalClaims = false;
    sources = new ArrayList<>();
  }

  public boolean isEditing() {
    return editingId != null;
  }

  /** The body as the learner will see it. */
  public String getPreview() {
    return markdown.toSafeHtml(body, editor.imageLinks());
  }

  public boolean isClinicalClaims() {
    return clinicalClaims;
  }

  public void setClinicalClaims(boolean clinicalClaims) {
    this.clinicalClaims = clinicalClaims;
  }

  public List<SourceRow> getSources() {
    return sources;
  }

  public UnitKind[] getKinds() {
    return UnitKind.values();
  }

  public UnitKind getKind() {
    return kind;
  }

  public void setKind(UnitKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public int getPassMark() {
    return passMark;
  }

  public void setPassMark(int passMark) {
    this.passMark = passMark;
  }

  public int getQuestionCount() {
    return questionCount;
  }

  public void setQuestionCount(int questionCount) {
    this.questionCount = questionCount;
  }
}
