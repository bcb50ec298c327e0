package org.parity.curriculum.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One version of a module: its text, units and question bank. A draft changes freely; from review
 * on it refuses every change itself, so a published version is what every learner on it saw.
 */
@Entity
@NamedQuery(
    name = "ModuleVersion.findByModule",
    query = "select v from ModuleVersion v where v.module = :module order by v.number desc")
@NamedQuery(
    name = "ModuleVersion.findLatestPublishedBySlug",
    query =
        "select v from ModuleVersion v where v.module.slug = :slug"
            + " and v.lifecycle.status = org.parity.curriculum.domain.VersionStatus.PUBLISHED"
            + " order by v.number desc")
@NamedQuery(
    name = "ModuleVersion.findPublished",
    query =
        "select v from ModuleVersion v where v.lifecycle.status = org.parity.curriculum.domain.VersionStatus.PUBLISHED"
            + " order by v.title")
public class ModuleVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_version_seq")
  @SequenceGenerator(
      name = "module_version_seq",
      sequenceName = "module_version_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private SharedModule module;

  private int number;

  @Embedded private Lifecycle lifecycle = new Lifecycle();

  @Embedded private ContentReview review = new ContentReview();

  private String title;
  private String summary;

  @Convert(converter = LinesConverter.class)
  private List<String> learningOutcomes = new ArrayList<>();

  private int estimatedMinutes;
  private BigDecimal cpdHours;

  @Convert(converter = LinesConverter.class)
  private List<String> challenges = new ArrayList<>();

  @Convert(converter = LinesConverter.class)
  private List<String> priorityAreas = new ArrayList<>();

  @Convert(converter = LinesConverter.class)
  private List<String> settings = new ArrayList<>();

  @Convert(converter = LinesConverter.class)
  private List<String> themes = new ArrayList<>();

  @OneToMany(mappedBy = "moduleVersion", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Unit> units = new ArrayList<>();

  @OneToMany(mappedBy = "moduleVersion", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Question> questions = new ArrayList<>();

  private Instant createdAt;

  @Version private long version;

  protected ModuleVersion() {}

  public ModuleVersion(SharedModule module, int number, ModuleDetails details, Instant now) {
    this.module = module;
    this.number = number;
    this.createdAt = now;
    apply(details);
  }

  /** A new draft that starts as a copy of this version, numbered after it. */
  public ModuleVersion nextDraft(int nextNumber, Instant now) {
    ModuleVersion draft = new ModuleVersion(module, nextNumber, details(), now);
    units.forEach(unit -> draft.addUnit(unit.content()));
    questions.forEach(question -> draft.addQuestion(question.content()));
    return draft;
  }

  public void edit(ModuleDetails details) {
    lifecycle.requireDraft();
    apply(details);
  }

  private void apply(ModuleDetails details) {
    this.title = details.title();
    this.summary = details.summary();
    this.learningOutcomes = new ArrayList<>(details.learningOutcomes());
    this.estimatedMinutes = details.estimatedMinutes();
    this.cpdHours = details.cpdHours();
    this.challenges = new ArrayList<>(details.challenges());
    this.priorityAreas = new ArrayList<>(details.priorityAreas());
    this.settings = new ArrayList<>(details.settings());
    this.themes = new ArrayList<>(details.themes());
  }

  public ModuleDetails details() {
    return new ModuleDetails(
        title,
        summary,
        learningOutcomes,
        estimatedMinutes,
        cpdHours,
        challenges,
        priorityAreas,
        settings,
        themes);
  }

  public Unit addUnit(UnitContent content) {
    lifecycle.requireDraft();
    Unit unit = new Unit(this, units.size(), content);
    units.add(unit);
    return unit;
  }

  public void editUnit(long unitId, UnitContent content) {
    lifecycle.requireDraft();
    unit(unitId).replace(content);
  }

  public void removeUnit(long unitId) {
    lifecycle.requireDraft();
    units.remove(unit(unitId));
    renumber(units);
  }

  /** Moves a unit one place up (-1) or down (+1): the keyboard alternative to dragging. */
  public void moveUnit(long unitId, int by) {
    lifecycle.requireDraft();
    Unit unit = unit(unitId);
    int from = units.indexOf(unit);
    int to = Math.max(0, Math.min(units.size() - 1, from + by));
    units.remove(from);
    units.add(to, unit);
    renumber(units);
  }

  /** Puts the units in the order given (all of them, by id), as a drag and drop leaves them. */
  public void reorderUnits(List<Long> unitIds) {
    lifecycle.requireDraft();
    if (unitIds.size() != units.size()
        || !unitIds.containsAll(units.stream().map(Unit::getId).toList())) {
      throw new WorkflowException(
          "The new order must name every unit once.", "studio.refusal.unitOrder");
    }
    units.sort((a, b) -> Integer.compare(unitIds.indexOf(a.getId()), unitIds.indexOf(b.getId())));
    renumber(units);
  }

  public Question addQuestion(QuestionContent content) {
    lifecycle.requireDraft();
    Question question = new Question(this, questions.size(), content);
    questions.add(question);
    return question;
  }

  public void editQuestion(long questionId, QuestionContent content) {
    lifecycle.requireDraft();
    question(questionId).replace(content);
  }

  public void removeQuestion(long questionId) {
    lifecycle.requireDraft();
    questions.remove(question(questionId));
    renumber(questions);
  }

  public void submitForReview() {
    if (units.isEmpty()) {
      throw new WorkflowException(
          "A module needs at least one unit before review.", "studio.refusal.moduleNeedsUnit");
    }
    for (Unit unit : units) {
      if (unit.getKind() == UnitKind.QUIZ && unit.getQuestionCount() > questions.size()) {
        throw new WorkflowException(
            "The quiz \""
                + unit.getTitle()
                + "\" asks "
                + unit.getQuestionCount()
                + " questions; the bank has "
                + questions.size()
                + ".",
            "studio.refusal.quizTooLong",
            unit.getTitle(),
            unit.getQuestionCount(),
            questions.size());
      }
      if (unit.content().claimsWithoutSources()) {
        throw new WorkflowException(
            "The unit \"" + unit.getTitle() + "\" makes clinical claims but cites no sources.",
            "studio.refusal.claimsNeedSources",
            unit.getTitle());
      }
    }
    lifecycle.submit();
  }

  private Unit unit(long unitId) {
    return units.stream()
        .filter(u -> u.getId() != null && u.getId() == unitId)
        .findFirst()
        .orElseThrow(
            () ->
                new WorkflowException(
                    "No such unit in this version.", "studio.refusal.noSuchUnit"));
  }

  private Question question(long questionId) {
    return questions.stream()
        .filter(q -> q.getId() != null && q.getId() == questionId)
        .findFirst()
        .orElseThrow(
            () ->
                new WorkflowException(
                    "No such question in this version.", "studio.refusal.noSuchQuestion"));
  }

  private static void renumber(List<? extends Positioned> items) {
    for (int i = 0; i < items.size(); i++) {
      items.get(i).position(i);
    }
  }

  /** Approved by a publisher: published now, and due for review again after {@code months}. */
  public void publish(Instant now, int reviewMonths) {
    lifecycle.publish(now);
    review().reviewedOn(LocalDate.ofInstant(now, ContentReview.ZONE), reviewMonths);
  }

  /** Published without review: only for content Parity itself ships (the starter importer). */
  public void publishDirectly(Instant now, int reviewMonths) {
    lifecycle.publishDirectly(now);
    review().reviewedOn(LocalDate.ofInstant(now, ContentReview.ZONE), reviewMonths);
  }

  /** Its review dates (none until published): loaded as null when every column is empty. */
  public ContentReview review() {
    if (review == null) {
      review = new ContentReview();
    }
    return review;
  }

  public Lifecycle lifecycle() {
    return lifecycle;
  }

  public Long getId() {
    return id;
  }

  public SharedModule getModule() {
    return module;
  }

  public int getNumber() {
    return number;
  }

  public VersionStatus getStatus() {
    return lifecycle.status();
  }

  public String getTitle() {
    return title;
  }

  public List<Unit> getUnits() {
    return Collections.unmodifiableList(units);
  }

  public List<Question> getQuestions() {
    return Collections.unmodifiableList(questions);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
