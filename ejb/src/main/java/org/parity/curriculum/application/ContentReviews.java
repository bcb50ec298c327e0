package org.parity.curriculum.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.curriculum.application.StudioViews.ReviewDue;
import org.parity.curriculum.application.StudioViews.ReviewPolicy;
import org.parity.curriculum.domain.ContentReview;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.ModuleVersionRetired;
import org.parity.curriculum.domain.ReviewEvent;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Organisation;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Organisations;
import org.parity.platform.InvalidInput;

/**
 * Keeping published content current: what is due for review within 90 days or overdue, a
 * publisher's default time between reviews, moving a review-by date on with a recorded reason, and
 * retiring a version (its learners keep access and are told).
 */
@Stateless
@RolesAllowed({"EDITOR", "PUBLISHER"})
public class ContentReviews {

  private static final int MAX_REASON = 1000;

  @Inject Curricula curricula;
  @Inject Organisations organisations;
  @Inject EditorialRights rights;
  @Inject Clock clock;
  @Inject Event<ModuleVersionRetired> retired;

  /** The caller's publishers' published modules due within 90 days or overdue, soonest first. */
  public List<ReviewDue> dueForReview() {
    Account caller = rights.caller();
    Set<Long> mine =
        caller.getOrganisations().stream().map(Organisation::getId).collect(Collectors.toSet());
    LocalDate today = today();
    return curricula.publishedModulesDueBy(today.plusDays(ContentReview.DUE_SOON_DAYS)).stream()
        .filter(v -> mine.contains(v.getModule().getOwner().getId()))
        .map(
            v ->
                new ReviewDue(
                    v.getId(),
                    v.getModule().getSlug(),
                    v.getTitle(),
                    v.getModule().getOwner().getName(),
                    v.getNumber(),
                    v.review().lastReviewedOn(),
                    v.review().reviewBy(),
                    v.review().standing(today).name()))
        .toList();
  }

  /** The default time between reviews of each publisher the caller is a PUBLISHER of. */
  public List<ReviewPolicy> policies() {
    Account caller = rights.caller();
    if (!caller.hasRole(Role.PUBLISHER)) {
      return List.of();
    }
    return caller.getOrganisations().stream()
        .sorted(Comparator.comparing(Organisation::getName))
        .map(o -> new ReviewPolicy(o.getId(), o.getName(), o.getReviewMonths()))
        .toList();
  }

  /**
   * A PUBLISHER sets how long their publisher's content stays current: applies from the next
   * publication.
   */
  public void chooseReviewMonths(long organisationId, Integer months) {
    Organisation publisher =
        organisations
            .byId(organisationId)
            .orElseThrow(() -> InvalidInput.of("reviewMonths", "studio.ownerUnknown"));
    rights.requireApprover(publisher);
    if (months == null) {
      throw InvalidInput.of("reviewMonths", "review.monthsRange");
    }
    publisher.chooseReviewMonths(months);
  }

  /** A PUBLISHER of the owner moves the review-by date on; the reason goes into the history. */
  public void extend(long versionId, LocalDate to, String reason) {
    ModuleVersion version = managed(versionId);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (!reasonGiven(reason)) {
      errors.add("reason", "review.reasonRequired");
    }
    if (!version.review().allowsExtensionTo(to, today())) {
      errors.add("reviewBy", "review.extendRange");
    }
    errors.throwIfAny();
    String why = reason.trim();
    LocalDate was = version.review().reviewBy();
    version.review().extendTo(to, today());
    record(
        version, ReviewEvent.Action.REVIEW_EXTENDED, "Review by " + was + " → " + to + ": " + why);
  }

  /** A PUBLISHER of the owner retires a published version: it leaves the catalogue. */
  public void retire(long versionId, String reason, String pageBase) {
    ModuleVersion version = managed(versionId);
    if (!reasonGiven(reason)) {
      throw InvalidInput.of("reason", "review.reasonRequired");
    }
    String why = reason.trim();
    version.lifecycle().retire();
    record(version, ReviewEvent.Action.RETIRED, why);
    retired.fire(new ModuleVersionRetired(version.getId(), why, pageBase));
  }

  private ModuleVersion managed(long versionId) {
    ModuleVersion version =
        curricula
            .moduleVersion(versionId)
            .orElseThrow(() -> InvalidInput.of("version", "studio.versionUnknown"));
    rights.requireApprover(version.getModule().getOwner());
    return version;
  }

  private static boolean reasonGiven(String reason) {
    return reason != null && !reason.isBlank() && reason.trim().length() <= MAX_REASON;
  }

  private void record(ModuleVersion version, ReviewEvent.Action action, String comment) {
    rights.record(StudioService.MODULE, version.getId(), action, comment);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ContentReview.ZONE);
  }
}
