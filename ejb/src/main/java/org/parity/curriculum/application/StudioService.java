package org.parity.curriculum.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.parity.content.Citation;
import org.parity.curriculum.application.StudioViews.Desk;
import org.parity.curriculum.application.StudioViews.HistoryRow;
import org.parity.curriculum.application.StudioViews.ModuleRow;
import org.parity.curriculum.application.StudioViews.ModuleWork;
import org.parity.curriculum.application.StudioViews.QuestionRow;
import org.parity.curriculum.application.StudioViews.ReviewDates;
import org.parity.curriculum.application.StudioViews.UnitRow;
import org.parity.curriculum.domain.ContentReview;
import org.parity.curriculum.domain.ModuleDetails;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.ModuleVersionPublished;
import org.parity.curriculum.domain.QuestionContent;
import org.parity.curriculum.domain.ReviewEvent;
import org.parity.curriculum.domain.SharedModule;
import org.parity.curriculum.domain.UnitContent;
import org.parity.curriculum.domain.VersionChanges;
import org.parity.curriculum.domain.VersionStatus;
import org.parity.curriculum.domain.WorkflowException;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Organisation;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Organisations;
import org.parity.platform.InvalidInput;

/**
 * Authoring shared modules and reviewing them. An EDITOR or PUBLISHER works only for the publishers
 * they belong to; only a PUBLISHER of the owning publisher approves or returns a version. Every
 * rule is checked here, whatever the page offers.
 */
@Stateless
@RolesAllowed({"EDITOR", "PUBLISHER"})
public class StudioService {

  static final String MODULE = "MODULE";
  private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

  @Inject Curricula curricula;
  @Inject Organisations organisations;
  @Inject Clock clock;
  @Inject EditorialRights rights;
  @Inject ExpertReviewing expertReviews;
  @Inject ModuleImages images;
  @Inject Event<ModuleVersionPublished> published;

  public List<Desk> desks() {
    Account caller = rights.caller();
    return caller.getOrganisations().stream()
        .sorted(Comparator.comparing(Organisation::getName))
        .map(o -> new Desk(o.getId(), o.getSlug(), o.getName(), caller.hasRole(Role.PUBLISHER)))
        .toList();
  }

  /** The newest version of every module owned by the caller's publishers. */
  public List<ModuleRow> myModules() {
    Account caller = rights.caller();
    return caller.getOrganisations().stream()
        .flatMap(o -> curricula.modulesOwnedBy(o).stream())
        .map(m -> curricula.versionsOf(m).get(0))
        .map(StudioService::row)
        .sorted(Comparator.comparing(ModuleRow::title))
        .toList();
  }

  /** Versions waiting for a publisher the caller may approve for. */
  public List<ModuleRow> reviewQueue() {
    Account caller = rights.caller();
    if (!caller.hasRole(Role.PUBLISHER)) {
      return List.of();
    }
    return caller.getOrganisations().stream()
        .flatMap(o -> curricula.modulesOwnedBy(o).stream())
        .flatMap(m -> curricula.versionsOf(m).stream())
        .filter(v -> v.getStatus() == VersionStatus.IN_REVIEW)
        .map(StudioService::row)
        .toList();
  }

  public long createModule(long organisationId, String slug, String title) {
    Organisation owner =
        organisations
            .byId(organisationId)
            .orElseThrow(() -> InvalidInput.of("owner", "studio.ownerUnknown"));
    rights.requireAuthor(owner);
    String cleanSlug = slug == null ? "" : slug.trim();
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (!SLUG.matcher(cleanSlug).matches() || cleanSlug.length() > 120) {
      errors.add("slug", "studio.slugInvalid");
    } else if (curricula.module(cleanSlug).isPresent()) {
      errors.add("slug", "studio.slugTaken");
    }
    if (title == null || title.isBlank() || title.trim().length() > 200) {
      errors.add("title", "studio.titleRequired");
    }
    errors.throwIfAny();
    SharedModule module = new SharedModule(cleanSlug, owner, clock.instant());
    curricula.add(module);
    ModuleVersion draft =
        new ModuleVersion(
            module,
            1,
            new ModuleDetails(
                title.trim(),
                "",
                List.of(),
                30,
                java.math.BigDecimal.valueOf(0.5),
                List.of(),
                List.of(),
                List.of(),
                List.of()),
            clock.instant());
    curricula.add(draft);
    record(draft, ReviewEvent.Action.CREATED, null);
    return draft.getId();
  }

  public ModuleWork module(long versionId) {
    ModuleVersion version = version(versionId);
    Account caller = rights.caller();
    rights.requireAuthor(version.getModule().getOwner());
    boolean isPublisher = caller.hasRole(Role.PUBLISHER);
    boolean newestIsPublished =
        curricula.versionsOf(version.getModule()).get(0).getId().equals(version.getId())
            && version.getStatus() == VersionStatus.PUBLISHED;
    List<ReviewEvent> history = curricula.history(MODULE, version.getId());
    boolean inReviewForPublisher = isPublisher && version.getStatus() == VersionStatus.IN_REVIEW;
    boolean ownWork = rights.workedOn(history);
    return new ModuleWork(
        version.getId(),
        version.getModule().getSlug(),
        version.getModule().getOwner().getName(),
        version.getNumber(),
        version.getStatus().name(),
        version.details(),
        version.getUnits().stream()
            .map(u -> new UnitRow(u.getId(), u.getPosition(), u.content()))
            .toList(),
        version.getQuestions().stream().map(q -> new QuestionRow(q.getId(), q.content())).toList(),
        history.stream()
            .map(
                e ->
                    new HistoryRow(
                        e.getAction().name(), e.getActor(), e.getComment(), e.getOccurredAt()))
            .toList(),
        version.getStatus() == VersionStatus.DRAFT,
        inReviewForPublisher && !ownWork,
        newestIsPublished,
        curricula.versionsOf(version.getModule()).stream()
            .filter(v -> v.getNumber() == version.getNumber() - 1)
            .findFirst()
            .map(previous -> VersionChanges.between(previous, version))
            .orElse(null),
        inReviewForPublisher && ownWork,
        new ReviewDates(
            version.review().lastReviewedOn(),
            version.review().reviewBy(),
            version
                .review()
                .standing(LocalDate.ofInstant(clock.instant(), ContentReview.ZONE))
                .name(),
            isPublisher && version.getStatus() == VersionStatus.PUBLISHED),
        expertReviews.stepsOf(version));
  }

  public void editDetails(long versionId, ModuleDetails details) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (details.title() == null || details.title().isBlank() || details.title().length() > 200) {
      errors.add("title", "studio.titleRequired");
    }
    if (details.estimatedMinutes() < 1 || details.estimatedMinutes() > 600) {
      errors.add("minutes", "studio.minutesRange");
    }
    if (details.cpdHours() == null
        || details.cpdHours().signum() < 0
        || details.cpdHours().doubleValue() > 50) {
      errors.add("cpdHours", "studio.cpdRange");
    }
    errors.throwIfAny();
    edited(versionId).edit(details);
  }

  public long addUnit(long versionId, UnitContent content) {
    checkUnit(content);
    ModuleVersion version = edited(versionId);
    version.addUnit(content);
    curricula.flush();
    return version.getUnits().get(version.getUnits().size() - 1).getId();
  }

  public void editUnit(long versionId, long unitId, UnitContent content) {
    checkUnit(content);
    edited(versionId).editUnit(unitId, content);
  }

  public void removeUnit(long versionId, long unitId) {
    edited(versionId).removeUnit(unitId);
  }

  public void moveUnit(long versionId, long unitId, int by) {
    edited(versionId).moveUnit(unitId, by);
  }

  public void reorderUnits(long versionId, List<Long> unitIds) {
    edited(versionId).reorderUnits(unitIds);
  }

  public void addQuestion(long versionId, QuestionContent content) {
    edited(versionId).addQuestion(content);
  }

  public void editQuestion(long versionId, long questionId, QuestionContent content) {
    edited(versionId).editQuestion(questionId, content);
  }

  public void removeQuestion(long versionId, long questionId) {
    edited(versionId).removeQuestion(questionId);
  }

  /** Submitted for review: whoever takes the first step is told (links start from pageBase). */
  public void submit(long versionId, String comment, String pageBase) {
    ModuleVersion version = authored(versionId);
    List<String> missing = images.missing(version);
    if (!missing.isEmpty()) {
      throw new WorkflowException(
          "A unit shows images the module does not carry: " + String.join(", ", missing),
          "image.missingOnSubmit",
          String.join(", ", missing));
    }
    version.submitForReview();
    record(version, ReviewEvent.Action.SUBMITTED, comment);
    expertReviews.submitted(version, pageBase);
  }

  /** A publisher sends a version back to its editors; a comment saying why is required. */
  public void returnWithComment(long versionId, String comment) {
    if (comment == null || comment.isBlank()) {
      throw InvalidInput.of("comment", "studio.commentRequired");
    }
    ModuleVersion version = reviewed(versionId);
    version.lifecycle().returnToDraft();
    expertReviews.supersede(MODULE, version.getId());
    record(version, ReviewEvent.Action.RETURNED, comment.trim());
  }

  /**
   * A publisher of the owner approves, once the reviews the owner asks for are done; never one who
   * worked on this version or reviewed it.
   */
  public void publish(long versionId, String comment) {
    ModuleVersion version = reviewed(versionId);
    rights.requireSomeoneElse(curricula.history(MODULE, version.getId()));
    expertReviews.requireApprovable(version);
    version.publish(clock.instant(), version.getModule().getOwner().getReviewMonths());
    record(version, ReviewEvent.Action.PUBLISHED, comment);
    published.fire(new ModuleVersionPublished(version.getModule().getId()));
  }

  /** Editing a published module starts a new draft from its newest version. */
  public long startNewDraft(long versionId) {
    ModuleVersion published = authored(versionId, false);
    List<ModuleVersion> versions = curricula.versionsOf(published.getModule());
    if (!versions.get(0).getId().equals(published.getId())
        || published.getStatus() != VersionStatus.PUBLISHED) {
      throw new WorkflowException(
          "A new draft starts from the newest version, once it is published.",
          "studio.refusal.newDraftFromNewest");
    }
    ModuleVersion draft = published.nextDraft(published.getNumber() + 1, clock.instant());
    curricula.add(draft);
    images.copy(published, draft);
    record(draft, ReviewEvent.Action.CREATED, "New draft from version " + published.getNumber());
    return draft.getId();
  }

  private void checkUnit(UnitContent content) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (content.kind() == null) {
      errors.add("unitKind", "studio.unitKindRequired");
    }
    if (content.title() == null || content.title().isBlank()) {
      errors.add("unitTitle", "studio.titleRequired");
    }
    if (content.kind() == org.parity.curriculum.domain.UnitKind.VIDEO
        && (content.url() == null || !content.url().startsWith("https://"))) {
      errors.add("unitUrl", "studio.videoUrl");
    }
    if (content.kind() == org.parity.curriculum.domain.UnitKind.QUIZ
        && (content.passMark() < 1 || content.passMark() > content.questionCount())) {
      errors.add("unitPassMark", "studio.passMarkInvalid");
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ContentReview.ZONE);
    for (int i = 0; i < content.references().size(); i++) {
      String row = "references:" + i + ":";
      Citation.problems(content.references().get(i).definition(), today)
          .forEach((field, key) -> errors.add(row + field, key));
    }
    errors.throwIfAny();
  }

  private ModuleVersion authored(long versionId) {
    return authored(versionId, true);
  }

  private ModuleVersion authored(long versionId, boolean draftOnly) {
    ModuleVersion version = version(versionId);
    rights.requireAuthor(version.getModule().getOwner());
    if (draftOnly) {
      version.lifecycle().requireDraft();
    }
    return version;
  }

  /** A draft the caller changes: the first change each person makes goes into its history. */
  private ModuleVersion edited(long versionId) {
    ModuleVersion version = authored(versionId);
    if (!rights.workedOn(curricula.history(MODULE, version.getId()))) {
      record(version, ReviewEvent.Action.EDITED, null);
    }
    return version;
  }

  private ModuleVersion reviewed(long versionId) {
    ModuleVersion version = version(versionId);
    rights.requireApprover(version.getModule().getOwner());
    return version;
  }

  private ModuleVersion version(long versionId) {
    return curricula
        .moduleVersion(versionId)
        .orElseThrow(() -> InvalidInput.of("version", "studio.versionUnknown"));
  }

  private void record(ModuleVersion version, ReviewEvent.Action action, String comment) {
    rights.record(MODULE, version.getId(), action, comment);
  }

  private static ModuleRow row(ModuleVersion v) {
    return new ModuleRow(
        v.getId(),
        v.getModule().getSlug(),
        v.getTitle(),
        v.getModule().getOwner().getName(),
        v.getNumber(),
        v.getStatus().name());
  }
}
