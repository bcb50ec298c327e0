package org.parity.curriculum.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parity.curriculum.application.CatalogueViews.ModuleEntry;
import org.parity.curriculum.application.CatalogueViews.PublisherView;
import org.parity.curriculum.application.StudioViews.HistoryRow;
import org.parity.curriculum.application.StudioViews.ModuleRow;
import org.parity.curriculum.domain.Curriculum;
import org.parity.curriculum.domain.CurriculumDetails;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.ReviewEvent;
import org.parity.curriculum.domain.VersionStatus;
import org.parity.curriculum.domain.WorkflowException;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Organisation;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Organisations;
import org.parity.platform.InvalidInput;

/**
 * Authoring curricula from shared modules: any publisher's published module may be included.
 * Editors of the lead publisher change a draft; a PUBLISHER of the lead publisher approves or
 * returns it.
 */
@Stateless
@RolesAllowed({"EDITOR", "PUBLISHER"})
public class CurriculumStudioService {

  static final String CURRICULUM = "CURRICULUM";
  private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

  /** A curriculum version open in the studio. */
  public record CurriculumWork(
      long versionId,
      String slug,
      int number,
      String status,
      CurriculumDetails details,
      List<PublisherView> publishers,
      List<ModuleEntry> modules,
      List<HistoryRow> history,
      boolean editable,
      boolean reviewable,
      boolean canStartDraft,
      /* In review, for a publisher who worked on it: another publisher approves it. */
      boolean awaitsAnotherPublisher,
      /* The clinical and lived-experience reviews its lead publisher asks for. */
      List<ExpertReviewViews.StepView> reviewSteps)
      implements Serializable {}

  @Inject Curricula curricula;
  @Inject Organisations organisations;
  @Inject Clock clock;
  @Inject EditorialRights rights;
  @Inject ExpertReviewing expertReviews;

  public List<ModuleRow> myCurricula() {
    Account caller = rights.caller();
    return caller.getOrganisations().stream()
        .flatMap(o -> curricula.curriculaLedBy(o).stream())
        .map(c -> curricula.versionsOf(c).get(0))
        .map(
            v ->
                new ModuleRow(
                    v.getId(),
                    v.getCurriculum().getSlug(),
                    v.getTitle(),
                    v.getCurriculum().getLeadPublisher().getName(),
                    v.getNumber(),
                    v.getStatus().name()))
        .sorted(Comparator.comparing(ModuleRow::title))
        .toList();
  }

  public long createCurriculum(long leadPublisherId, String slug, String title) {
    Organisation lead =
        organisations
            .byId(leadPublisherId)
            .orElseThrow(() -> InvalidInput.of("owner", "studio.ownerUnknown"));
    rights.requireAuthor(lead);
    String cleanSlug = slug == null ? "" : slug.trim();
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (!SLUG.matcher(cleanSlug).matches() || cleanSlug.length() > 120) {
      errors.add("slug", "studio.slugInvalid");
    } else if (curricula.curriculum(cleanSlug).isPresent()) {
      errors.add("slug", "studio.curriculumSlugTaken");
    }
    if (title == null || title.isBlank() || title.trim().length() > 200) {
      errors.add("title", "studio.titleRequired");
    }
    errors.throwIfAny();
    Curriculum curriculum = new Curriculum(cleanSlug, lead, clock.instant());
    curricula.add(curriculum);
    CurriculumVersion draft =
        new CurriculumVersion(
            curriculum,
            1,
            new CurriculumDetails(
                title.trim(), "", List.of(), List.of(), List.of(), List.of(), List.of()),
            List.of(lead),
            clock.instant());
    curricula.add(draft);
    record(draft, ReviewEvent.Action.CREATED, null);
    return draft.getId();
  }

  public CurriculumWork curriculum(long versionId) {
    CurriculumVersion version = version(versionId);
    rights.requireAuthor(version.getCurriculum().getLeadPublisher());
    boolean newestPublished =
        curricula.versionsOf(version.getCurriculum()).get(0).getId().equals(version.getId())
            && version.getStatus() == VersionStatus.PUBLISHED;
    List<ReviewEvent> history = curricula.history(CURRICULUM, version.getId());
    boolean inReviewForPublisher =
        rights.caller().hasRole(Role.PUBLISHER) && version.getStatus() == VersionStatus.IN_REVIEW;
    boolean ownWork = rights.workedOn(history);
    return new CurriculumWork(
        version.getId(),
        version.getCurriculum().getSlug(),
        version.getNumber(),
        version.getStatus().name(),
        version.details(),
        version.getPublishers().stream()
            .map(p -> new PublisherView(p.getSlug(), p.getName()))
            .toList(),
        version.getModules().stream().map(CurriculumStudioService::entry).toList(),
        history.stream()
            .map(
                e ->
                    new HistoryRow(
                        e.getAction().name(), e.getActor(), e.getComment(), e.getOccurredAt()))
            .toList(),
        version.getStatus() == VersionStatus.DRAFT,
        inReviewForPublisher && !ownWork,
        newestPublished,
        inReviewForPublisher && ownWork,
        expertReviews.stepsOf(version));
  }

  /** Published modules of every publisher whose title or address contains the text. */
  public List<ModuleEntry> findModules(String text) {
    String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return curricula.publishedModules().stream()
        .filter(
            v ->
                (v.getTitle() + " " + v.getModule().getSlug())
                    .toLowerCase(Locale.ROOT)
                    .contains(needle))
        .collect(
            java.util.stream.Collectors.toMap(
                v -> v.getModule().getId(),
                v -> v,
                (a, b) -> a.getNumber() >= b.getNumber() ? a : b))
        .values()
        .stream()
        .map(CurriculumStudioService::entry)
        .sorted(Comparator.comparing(ModuleEntry::title))
        .limit(20)
        .toList();
  }

  public void editDetails(long versionId, CurriculumDetails details) {
    if (details.title() == null || details.title().isBlank() || details.title().length() > 200) {
      throw InvalidInput.of("title", "studio.titleRequired");
    }
    edited(versionId).edit(details);
  }

  public void include(long versionId, long moduleVersionId) {
    ModuleVersion module =
        curricula
            .moduleVersion(moduleVersionId)
            .orElseThrow(() -> InvalidInput.of("module", "studio.versionUnknown"));
    edited(versionId).include(module);
  }

  public void removeModule(long versionId, long moduleVersionId) {
    edited(versionId).removeModule(moduleVersionId);
  }

  public void moveModule(long versionId, int index, int by) {
    edited(versionId).moveModule(index, by);
  }

  public List<PublisherView> allPublishers() {
    return organisations.all().stream()
        .filter(
            o ->
                o.getKind() == Organisation.Kind.COLLEGE
                    || o.getKind() == Organisation.Kind.PUBLISHER)
        .map(o -> new PublisherView(o.getSlug(), o.getName()))
        .toList();
  }

  public long organisationId(String slug) {
    return organisations
        .bySlug(slug)
        .orElseThrow(() -> InvalidInput.of("publisher", "studio.ownerUnknown"))
        .getId();
  }

  /** Submitted for review: whoever takes the first step is told (links start from pageBase). */
  public void submit(long versionId, String comment, String pageBase) {
    CurriculumVersion version = authored(versionId);
    version.submitForReview();
    record(version, ReviewEvent.Action.SUBMITTED, comment);
    expertReviews.submitted(version, pageBase);
  }

  public void returnWithComment(long versionId, String comment) {
    if (comment == null || comment.isBlank()) {
      throw InvalidInput.of("comment", "studio.commentRequired");
    }
    CurriculumVersion version = reviewed(versionId);
    version.lifecycle().returnToDraft();
    expertReviews.supersede(CURRICULUM, version.getId());
    record(version, ReviewEvent.Action.RETURNED, comment);
  }

  /**
   * A publisher of the owner approves, once the reviews the owner asks for are done; never one who
   * worked on this version or reviewed it.
   */
  public void publish(long versionId, String comment) {
    CurriculumVersion version = reviewed(versionId);
    rights.requireSomeoneElse(curricula.history(CURRICULUM, version.getId()));
    expertReviews.requireApprovable(version);
    version.lifecycle().publish(clock.instant());
    record(version, ReviewEvent.Action.PUBLISHED, comment);
  }

  public long startNewDraft(long versionId) {
    CurriculumVersion published = version(versionId);
    rights.requireAuthor(published.getCurriculum().getLeadPublisher());
    if (published.getStatus() != VersionStatus.PUBLISHED
        || !curricula
            .versionsOf(published.getCurriculum())
            .get(0)
            .getId()
            .equals(published.getId())) {
      throw new WorkflowException(
          "A new draft starts from the newest version, once it is published.",
          "studio.refusal.newDraftFromNewest");
    }
    CurriculumVersion draft = published.nextDraft(published.getNumber() + 1, clock.instant());
    curricula.add(draft);
    record(draft, ReviewEvent.Action.CREATED, "New draft from version " + published.getNumber());
    return draft.getId();
  }

  private CurriculumVersion authored(long versionId) {
    CurriculumVersion version = version(versionId);
    rights.requireAuthor(version.getCurriculum().getLeadPublisher());
    version.lifecycle().requireDraft();
    return version;
  }

  /** A draft the caller changes: the first change each person makes goes into its history. */
  private CurriculumVersion edited(long versionId) {
    CurriculumVersion version = authored(versionId);
    if (!rights.workedOn(curricula.history(CURRICULUM, version.getId()))) {
      record(version, ReviewEvent.Action.EDITED, null);
    }
    return version;
  }

  private CurriculumVersion reviewed(long versionId) {
    CurriculumVersion version = version(versionId);
    rights.requireApprover(version.getCurriculum().getLeadPublisher());
    return version;
  }

  private CurriculumVersion version(long id) {
    return curricula
        .curriculumVersion(id)
        .orElseThrow(() -> InvalidInput.of("version", "studio.versionUnknown"));
  }

  private void record(CurriculumVersion version, ReviewEvent.Action action, String comment) {
    rights.record(CURRICULUM, version.getId(), action, comment);
  }

  private static ModuleEntry entry(ModuleVersion m) {
    return new ModuleEntry(
        m.getModule().getSlug(),
        m.getTitle(),
        new PublisherView(m.getModule().getOwner().getSlug(), m.getModule().getOwner().getName()),
        m.getNumber(),
        m.getId(),
        m.details().estimatedMinutes(),
        m.details().cpdHours());
  }
}
