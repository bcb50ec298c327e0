package org.parity.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.parity.curriculum.application.ContentReviews;
import org.parity.platform.web.PageAddress;

/**
 * The module page's review dates, for a PUBLISHER of the owner: move the review-by date on with a
 * reason, or retire the version with a reason.
 */
@Named
@ViewScoped
public class ReviewDatesForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ModuleEditor editor;
  @Inject ContentReviews reviews;

  private LocalDate reviewBy;
  private String reason;
  private String retireReason;

  public void extend() {
    if (editor.change(
        "reviewDates",
        () -> reviews.extend(editor.getVersionId(), reviewBy, reason),
        "review.extended")) {
      reviewBy = null;
      reason = null;
    }
  }

  public void retire() {
    if (editor.change(
        "retire",
        () -> reviews.retire(editor.getVersionId(), retireReason, PageAddress.base()),
        "review.retired")) {
      retireReason = null;
    }
  }

  public LocalDate getReviewBy() {
    return reviewBy;
  }

  public void setReviewBy(LocalDate reviewBy) {
    this.reviewBy = reviewBy;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getRetireReason() {
    return retireReason;
  }

  public void setRetireReason(String retireReason) {
    this.retireReason = retireReason;
  }
}
