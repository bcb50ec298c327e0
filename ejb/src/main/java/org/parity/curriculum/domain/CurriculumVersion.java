package org.parity.curriculum.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.parity.identity.domain.Organisation;

/**
 * One version of a curriculum: co-badged by one or more publishers, made of specific published
 * versions of modules (anyone's), in order. Like a module version, it changes only as a draft.
 */
@Entity
@NamedQuery(
    name = "CurriculumVersion.findPublished",
    query =
        "select v from CurriculumVersion v where v.lifecycle.status = org.parity.curriculum.domain.VersionStatus.PUBLISHED"
            + " order by v.title")
@NamedQuery(
    name = "CurriculumVersion.findLatestPublishedBySlug",
    query =
        "select v from CurriculumVersion v where v.curriculum.slug = :slug"
            + " and v.lifecycle.status = org.parity.curriculum.domain.VersionStatus.PUBLISHED"
            + " order by v.number desc")
@NamedQuery(
    name = "CurriculumVersion.findPublishedIncluding",
    query =
        "select distinct v from CurriculumVersion v join v.modules m where m.module = :module"
            + " and v.lifecycle.status = org.parity.curriculum.domain.VersionStatus.PUBLISHED")
public class CurriculumVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curriculum_version_seq")
  @SequenceGenerator(
      name = "curriculum_version_seq",
      sequenceName = "curriculum_version_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Curriculum curriculum;

  private int number;

  @Embedded private Lifecycle lifecycle = new Lifecycle();

  private String title;
  private String summary;

  @Convert(converter = LinesConverter.class)
  private List<String> learningOutcomes = new ArrayList<>();

  @Convert(converter = LinesConverter.class)
  private List<String> professions = new ArrayList<>();

  @Convert(converter = LinesConverter.class)
  private List<String> challenges = new ArrayList<>();

  @Convert(converter = LinesConverter.class)
  private List<String> priorityAreas = new ArrayList<>();

  @Convert(converter = LinesConverter.class)
  private List<String> settings = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "curriculum_version_publisher",
      joinColumns = @JoinColumn(name = "curriculum_version_id"),
      inverseJoinColumns = @JoinColumn(name = "organisation_id"))
  @OrderColumn(name = "position")
  private List<Organisation> publishers = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "curriculum_version_module",
      joinColumns = @JoinColumn(name = "curriculum_version_id"),
      inverseJoinColumns = @JoinColumn(name = "module_version_id"))
  @OrderColumn(name = "position")
  private List<ModuleVersion> modules = new ArrayList<>();

  private Instant createdAt;

  @Version private long version;

  protected CurriculumVersion() {}

  public CurriculumVersion(
      Curriculum curriculum,
      int number,
      CurriculumDetails details,
      List<Organisation> publishers,
      Instant now) {
    this.curriculum = curriculum;
    this.number = number;
    this.createdAt = now;
    this.publishers = new ArrayList<>(publishers);
    apply(details);
  }

  public void edit(CurriculumDetails details) {
    lifecycle.requireDraft();
    apply(details);
  }

  private void apply(CurriculumDetails details) {
    this.title = details.title();
    this.summary = details.summary();
    this.learningOutcomes = new ArrayList<>(details.learningOutcomes());
    this.professions = new ArrayList<>(details.professions());
    this.challenges = new ArrayList<>(details.challenges());
    this.priorityAreas = new ArrayList<>(details.priorityAreas());
    this.settings = new ArrayList<>(details.settings());
  }

  /** Includes a published module version (anyone's); a module appears once. */
  public void include(ModuleVersion module) {
    lifecycle.requireDraft();
    if (module.getStatus() != VersionStatus.PUBLISHED) {
      throw new WorkflowException(
          "Only a published module version can be included.",
          "studio.refusal.includePublishedOnly");
    }
    if (modules.stream().anyMatch(m -> m.getModule().getId().equals(module.getModule().getId()))) {
      throw new WorkflowException(
          "That module is already in this curriculum.", "studio.refusal.moduleAlreadyIncluded");
    }
    modules.add(module);
  }

  public void removeModule(long moduleVersionId) {
    lifecycle.requireDraft();
    modules.removeIf(m -> m.getId() == moduleVersionId);
  }

  /** Moves the module at {@code index} one place up (-1) or down (+1). */
  public void moveModule(int index, int by) {
    lifecycle.requireDraft();
    if (index < 0 || index >= modules.size()) {
      throw new WorkflowException("No module at that place.", "studio.refusal.noModuleThere");
    }
    int to = Math.max(0, Math.min(modules.size() - 1, index + by));
    ModuleVersion moved = modules.remove(index);
    modules.add(to, moved);
  }

  /**
   * Shows a co-badging publisher's badge, once it has consented ({@link CoBadge}). Badges are an
   * endorsement, not content, so they change on published versions too; certificates keep the names
   * they were issued with.
   */
  public void showBadge(Organisation publisher) {
    if (publishers.stream().noneMatch(p -> p.getId().equals(publisher.getId()))) {
      publishers.add(publisher);
    }
  }

  /** Takes a co-badging publisher's badge off; the lead publisher's stays. */
  public void removeBadge(Organisation publisher) {
    if (publishers.get(0).getId().equals(publisher.getId())) {
      throw new WorkflowException(
          "The lead publisher stays on the curriculum.", "studio.refusal.leadPublisherStays");
    }
    publishers.removeIf(p -> p.getId().equals(publisher.getId()));
  }

  /** A new draft that starts as a copy of this version, numbered after it. */
  public CurriculumVersion nextDraft(int nextNumber, Instant now) {
    CurriculumVersion draft =
        new CurriculumVersion(curriculum, nextNumber, details(), publishers, now);
    draft.modules = new ArrayList<>(modules);
    return draft;
  }

  public void submitForReview() {
    if (modules.isEmpty()) {
      throw new WorkflowException(
          "A curriculum needs at least one module before review.",
          "studio.refusal.curriculumNeedsModule");
    }
    lifecycle.submit();
  }

  public Lifecycle lifecycle() {
    return lifecycle;
  }

  public CurriculumDetails details() {
    return new CurriculumDetails(
        title, summary, learningOutcomes, professions, challenges, priorityAreas, settings);
  }

  public Long getId() {
    return id;
  }

  public Curriculum getCurriculum() {
    return curriculum;
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public VersionStatus getStatus() {
    return lifecycle.status();
  }

  public List<Organisation> getPublishers() {
    return Collections.unmodifiableList(publishers);
  }

  public List<ModuleVersion> getModules() {
    return Collections.unmodifiableList(modules);
  }
}
