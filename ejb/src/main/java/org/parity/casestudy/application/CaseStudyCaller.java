package org.parity.casestudy.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parity.casestudy.domain.CaseStudy;
import org.parity.casestudy.domain.CaseStudyRevision;
import org.parity.casestudy.infrastructure.CaseStudies;
import org.parity.identity.application.Caller;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.application.NetworkAccess;
import org.parity.platform.NotAllowedException;

/**
 * Case studies' rules of who may do what, in one place: an author works on their own; a reviewer
 * (EDITOR, FACILITATOR or ADMIN) sees and decides a study only while it is submitted, only within
 * what they review for (an editor, the studies of people in their own organisations; a facilitator,
 * those of members of the networks they facilitate; an administrator, all), and never their own. A
 * session bean so it sees the calling service's caller.
 */
@Stateless
@PermitAll
public class CaseStudyCaller {

  @Inject Caller caller;
  @Inject Accounts accounts;
  @Inject NetworkAccess networks;
  @Inject CaseStudies studies;

  /** The caller's e-mail address, or null when nobody is signed in. */
  public String email() {
    return caller.email().orElse(null);
  }

  public String signedIn() {
    String email = email();
    if (email == null) {
      throw new NotAllowedException("Sign in first");
    }
    return email;
  }

  /** Whether the caller reviews case studies at all (the review desk is theirs). */
  public boolean isReviewer() {
    return email() != null
        && (caller.has(Role.EDITOR) || caller.has(Role.FACILITATOR) || caller.isAdmin());
  }

  public boolean mayEdit(CaseStudy study) {
    String email = email();
    return email != null && (study.isAuthoredBy(email) || caller.isAdmin());
  }

  public void requireEditor(CaseStudy study) {
    if (!mayEdit(study)) {
      throw new NotAllowedException("Only the author may change this case study");
    }
  }

  public void requireReviewer() {
    if (!isReviewer()) {
      throw new NotAllowedException("Only an editor or facilitator may review case studies");
    }
  }

  /**
   * Whether the caller may review this study now: it waits for review, someone else wrote it, and
   * it is within what the caller reviews for. Drafts stay their author's until submitted.
   */
  public boolean mayReview(CaseStudy study) {
    return isReviewer()
        && !study.isAuthoredBy(email())
        && studies
            .openRevision(study)
            .filter(open -> open.getStatus() == CaseStudyRevision.Status.SUBMITTED)
            .isPresent()
        && reviewsFor(study);
  }

  public void requireReviewerOf(CaseStudy study) {
    if (!mayReview(study)) {
      throw new NotAllowedException(
          "Only another editor or facilitator who reviews for its author may review this study");
    }
  }

  private boolean reviewsFor(CaseStudy study) {
    if (caller.isAdmin()) {
      return true;
    }
    Account reviewer = caller.required();
    Optional<Account> author = accounts.byEmail(study.getAuthorEmail());
    if (author.isEmpty()) {
      return false;
    }
    java.util.Set<Long> reviewersOrganisations =
        reviewer.getOrganisations().stream()
            .map(org.parity.identity.domain.Organisation::getId)
            .collect(java.util.stream.Collectors.toSet());
    boolean sameOrganisation =
        caller.has(Role.EDITOR)
            && author.get().getOrganisations().stream()
                .anyMatch(o -> reviewersOrganisations.contains(o.getId()));
    return sameOrganisation || networks.facilitatesNetworkOf(reviewer, author.get());
  }
}
