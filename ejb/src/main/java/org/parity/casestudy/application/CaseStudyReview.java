package org.parity.casestudy.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.parity.casestudy.application.CaseStudyViews.StudyLine;
import org.parity.casestudy.domain.CaseStudy;
import org.parity.casestudy.domain.CaseStudyPublished;
import org.parity.casestudy.domain.CaseStudyRevision;
import org.parity.casestudy.domain.ReviewComment;
import org.parity.casestudy.infrastructure.CaseStudies;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;
import org.parity.platform.OutOfTurn;

/**
 * Editors and facilitators review what members submit: they comment, send a study back with the
 * changes they ask for, or publish it. Publishing copies the revision onto the public study and
 * keeps the revision as the record of what was published when.
 */
@Stateless
@RolesAllowed({"EDITOR", "FACILITATOR", "ADMIN"})
public class CaseStudyReview {

  public static final int COMMENT_LIMIT = 4000;

  @Inject CaseStudies studies;
  @Inject CaseStudyCaller caller;
  @Inject Event<CaseStudyPublished> published;
  @Inject Clock clock;

  /** Submissions waiting for a reviewer, oldest first. */
  public List<StudyLine> queue() {
    caller.requireReviewer();
    return studies.withStatus(CaseStudyRevision.Status.SUBMITTED).stream()
        .filter(r -> caller.mayReview(r.getCaseStudy()))
        .map(
            r ->
                new StudyLine(
                    r.getCaseStudy().getId(),
                    r.getCaseStudy().getSlug(),
                    r.getTitle(),
                    r.getStatus().name(),
                    r.getCaseStudy().isPublished(),
                    r.getAuthorEmail(),
                    r.getSubmittedAt(),
                    null))
        .toList();
  }

  /** A note for the author on the open revision, without deciding anything. */
  public void comment(long studyId, String body) {
    CaseStudyRevision open = open(studyId);
    studies.add(new ReviewComment(open, caller.signedIn(), text(body), false, clock.instant()));
  }

  /** Sends a submission back to its author; the comment says what to change. */
  public void requestChanges(long studyId, String body) {
    CaseStudyRevision open = open(studyId);
    String comment = text(body);
    Instant now = clock.instant();
    open.requestChanges(caller.signedIn(), now);
    studies.add(new ReviewComment(open, caller.signedIn(), comment, true, now));
  }

  /** What the first reviewer confirms before a second publishes. */
  public static final Set<String> CHECKS =
      Set.of("NO_IDENTIFIABLE_INFORMATION", "CONSENT_RECORDED", "OUTCOMES_SUPPORTED");

  /** The first of two reviewers checks the submission, every item of {@link #CHECKS} confirmed. */
  public void check(long studyId, Set<String> confirmed) {
    CaseStudyRevision open = open(studyId);
    if (confirmed == null || !confirmed.containsAll(CHECKS)) {
      throw InvalidInput.of("checks", "caseStudy.error.checksIncomplete");
    }
    open.check(caller.signedIn(), clock.instant());
  }

  /**
   * Makes a submission the public text of its study, first publication or a later revision, once
   * another reviewer has checked it.
   */
  public void publish(long studyId) {
    CaseStudyRevision open = open(studyId);
    Instant now = clock.instant();
    open.markPublished(caller.signedIn(), now);
    CaseStudy study = open.getCaseStudy();
    study.publish(open.content(), now);
    published.fire(new CaseStudyPublished(study.getId()));
  }

  /**
   * The submission a reviewer may decide: not their own, submitted (a draft stays its author's),
   * and within what they review for.
   */
  private CaseStudyRevision open(long studyId) {
    caller.requireReviewer();
    CaseStudy study = studies.byId(studyId).orElseThrow(CaseStudyAuthoring::missing);
    if (study.isAuthoredBy(caller.email())) {
      throw new NotAllowedException("Someone else reviews your own case study");
    }
    CaseStudyRevision open =
        studies
            .openRevision(study)
            .filter(revision -> revision.getStatus() == CaseStudyRevision.Status.SUBMITTED)
            .orElseThrow(
                () ->
                    new OutOfTurn(
                        "Only a submitted revision can be reviewed.",
                        "caseStudy.error.notSubmitted"));
    caller.requireReviewerOf(study);
    return open;
  }

  private static String text(String body) {
    if (body == null || body.isBlank()) {
      throw InvalidInput.of("comment", "caseStudy.error.commentRequired");
    }
    if (body.length() > COMMENT_LIMIT) {
      throw InvalidInput.of("comment", "caseStudy.error.tooLong");
    }
    return body.strip();
  }
}
