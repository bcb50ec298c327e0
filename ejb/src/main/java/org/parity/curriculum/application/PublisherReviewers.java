package org.parity.curriculum.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.parity.curriculum.application.ExpertReviewViews.ReviewSettings;
import org.parity.curriculum.application.ExpertReviewViews.ReviewerView;
import org.parity.curriculum.domain.PublisherReviewer;
import org.parity.curriculum.domain.RequiredReviews;
import org.parity.curriculum.domain.ReviewerKind;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.EmailAddress;
import org.parity.identity.domain.Organisation;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Accounts;
import org.parity.identity.infrastructure.Organisations;
import org.parity.platform.Configuration;
import org.parity.platform.InvalidInput;
import org.parity.platform.mail.MailOutbox;

/**
 * A publisher's PUBLISHERs choose which reviews its modules and curricula need before approval, and
 * invite the people who do them: clinical reviewers and lived-experience reviewers, by e-mail
 * address, members of the publisher or not.
 */
@Stateless
// Editors open the desk too (and see nothing here); every change needs a PUBLISHER of the
// publisher.
@RolesAllowed({"EDITOR", "PUBLISHER"})
public class PublisherReviewers {

  @Inject Curricula curricula;
  @Inject Organisations organisations;
  @Inject Accounts accounts;
  @Inject EditorialRights rights;
  @Inject MailOutbox outbox;
  @Inject Configuration configuration;
  @Inject Clock clock;

  /** The caller's publishers, with the reviews each asks for and the people invited. */
  public List<ReviewSettings> settings() {
    Account caller = rights.caller();
    if (!caller.hasRole(Role.PUBLISHER)) {
      return List.of();
    }
    return caller.getOrganisations().stream()
        .sorted(Comparator.comparing(Organisation::getName))
        .map(this::settings)
        .toList();
  }

  public void choose(
      long organisationId,
      boolean moduleClinical,
      boolean moduleLivedExperience,
      boolean curriculumClinical,
      boolean curriculumLivedExperience) {
    Organisation publisher = publisher(organisationId);
    RequiredReviews required =
        curricula
            .requiredReviews(publisher)
            .orElseGet(
                () -> {
                  RequiredReviews made = new RequiredReviews(publisher.getId());
                  curricula.add(made);
                  return made;
                });
    required.choose(
        moduleClinical,
        moduleLivedExperience,
        curriculumClinical,
        curriculumLivedExperience,
        rights.callerName(),
        clock.instant());
  }

  /** Invites someone to review; the mail says how to sign in or make an account to do it. */
  public void invite(long organisationId, String email, ReviewerKind kind, String pageBase) {
    Organisation publisher = publisher(organisationId);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (email == null || !EmailAddress.isWellFormed(email)) {
      errors.add("reviewerEmail", "expertReview.emailInvalid");
    } else if (kind != null
        && curricula.reviewersOf(publisher).stream()
            .anyMatch(
                r -> r.getKind() == kind && r.getEmail().equals(EmailAddress.normalise(email)))) {
      errors.add("reviewerEmail", "expertReview.alreadyInvited");
    }
    if (kind == null) {
      errors.add("reviewerKind", "expertReview.kindRequired");
    }
    errors.throwIfAny();
    PublisherReviewer invited =
        new PublisherReviewer(publisher, email, kind, rights.callerName(), clock.instant());
    curricula.add(invited);
    String link = configuration.linkBase(pageBase) + "/reviews";
    String what = kind == ReviewerKind.CLINICAL ? "clinical reviewer" : "lived-experience reviewer";
    outbox.enqueue(
        invited.getEmail(),
        publisher.getName() + " invites you to review its learning on Parity",
        "Hello,\n\n"
            + publisher.getName()
            + " has invited you to be a "
            + what
            + " of the modules and curricula it publishes on Parity, the learning network for"
            + " health and care staff. When something is ready for your review, we will e-mail"
            + " you; you read it and record your review on the page below.\n\nSign in, or create"
            + " an account with this e-mail address ("
            + invited.getEmail()
            + "), to see what is waiting:\n\n"
            + link
            + "\n\nParity",
        link);
  }

  public void remove(long reviewerId) {
    PublisherReviewer reviewer =
        curricula
            .reviewer(reviewerId)
            .orElseThrow(() -> InvalidInput.of("reviewer", "expertReview.reviewerUnknown"));
    rights.requireApprover(reviewer.getPublisher());
    curricula.remove(reviewer);
  }

  private ReviewSettings settings(Organisation publisher) {
    RequiredReviews required =
        curricula.requiredReviews(publisher).orElse(new RequiredReviews(publisher.getId()));
    return new ReviewSettings(
        publisher.getId(),
        publisher.getName(),
        required.isModuleClinical(),
        required.isModuleLivedExperience(),
        required.isCurriculumClinical(),
        required.isCurriculumLivedExperience(),
        curricula.reviewersOf(publisher).stream()
            .map(
                r ->
                    new ReviewerView(
                        r.getId(),
                        r.getEmail(),
                        r.getKind().name(),
                        accounts.byEmail(r.getEmail()).isPresent()))
            .toList());
  }

  private Organisation publisher(long organisationId) {
    Organisation publisher =
        organisations
            .byId(organisationId)
            .orElseThrow(() -> InvalidInput.of("publisher", "studio.ownerUnknown"));
    rights.requireApprover(publisher);
    return publisher;
  }
}
