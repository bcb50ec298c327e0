package org.parity.casestudy.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parity.casestudy.application.CaseStudyAuthoring;
import org.parity.casestudy.application.CaseStudyReview;
import org.parity.casestudy.application.CaseStudyViews.Draft;
import org.parity.casestudy.application.CaseStudyViews.StudyLine;
import org.parity.casestudy.application.NotFound;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * {@code /case-studies/review}: submissions waiting for an editor or facilitator; {@code ?study=ID}
 * opens one to read, comment on, send back or publish.
 */
@Named
@ViewScoped
public class CaseStudyReviewDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseStudyReview review;
  @Inject CaseStudyAuthoring authoring;
  @Inject PageMessages messages;

  private Long study;
  private Draft draft;
  private List<StudyLine> queue;
  private String comment;
  private List<String> checks = new java.util.ArrayList<>();

  public void load() {
    try {
      queue = review.queue();
      if (study != null) {
        draft = authoring.draft(study);
      }
    } catch (EJBAccessException | NotFound e) {
      PageAddress.notFound();
    }
  }

  public void addComment() {
    act(
        () -> review.comment(study, comment),
        "caseStudy.review.commented",
        "/case-studies/review?study=" + study);
  }

  public void requestChanges() {
    act(
        () -> review.requestChanges(study, comment),
        "caseStudy.review.changesRequested",
        "/case-studies/review");
  }

  public void check() {
    act(
        () -> review.check(study, new java.util.HashSet<>(checks)),
        "caseStudy.review.checked",
        "/case-studies/review?study=" + study);
  }

  public void publish() {
    act(() -> review.publish(study), "caseStudy.review.published", "/case-studies/review");
  }

  private void act(Runnable step, String doneKey, String next) {
    try {
      step.run();
      messages.info(doneKey);
      messages.keepForNextPage();
      PageAddress.redirect(next);
    } catch (InvalidInput refused) {
      messages.fieldErrors("decide", refused.fieldErrors());
    } catch (OutOfTurn e) {
      messages.refused(e);
    }
  }

  public Long getStudy() {
    return study;
  }

  public void setStudy(Long study) {
    this.study = study;
  }

  public Draft getDraft() {
    return draft;
  }

  public List<StudyLine> getQueue() {
    return queue;
  }

  public List<String> getChecks() {
    return checks;
  }

  public void setChecks(List<String> checks) {
    this.checks = checks == null ? new java.util.ArrayList<>() : checks;
  }

  /** The items a first reviewer confirms, in the order the page lists them. */
  public List<String> getCheckItems() {
    return List.of("NO_IDENTIFIABLE_INFORMATION", "CONSENT_RECORDED", "OUTCOMES_SUPPORTED");
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
