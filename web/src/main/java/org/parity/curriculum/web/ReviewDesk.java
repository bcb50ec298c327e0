package org.parity.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parity.curriculum.application.ContentReviews;
import org.parity.curriculum.application.StudioViews.ReviewDue;
import org.parity.curriculum.application.StudioViews.ReviewPolicy;
import org.parity.platform.web.PageMessages;

/**
 * The studio desk's review dates: the caller's published modules due for review within 90 days or
 * overdue, and, for PUBLISHERs, how many months their publisher's content stays current.
 */
@Named
@ViewScoped
public class ReviewDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ContentReviews reviews;
  @Inject PageMessages messages;

  private List<ReviewDue> due;
  private List<ReviewPolicy> policies;
  private final Map<Long, Integer> months = new HashMap<>();

  public void saveMonths(long organisationId, int row) {
    if (StudioStep.run(
        messages,
        "review-policies:policies:" + row,
        () -> reviews.chooseReviewMonths(organisationId, months.get(organisationId)),
        "review.monthsSaved")) {
      policies = null;
    }
  }

  public List<ReviewDue> getDue() {
    if (due == null) {
      due = reviews.dueForReview();
    }
    return due;
  }

  public List<ReviewPolicy> getPolicies() {
    if (policies == null) {
      policies = reviews.policies();
      policies.forEach(p -> months.putIfAbsent(p.organisationId(), p.months()));
    }
    return policies;
  }

  public Map<Long, Integer> getMonths() {
    return months;
  }
}
