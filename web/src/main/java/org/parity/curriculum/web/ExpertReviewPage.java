package org.parity.curriculum.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parity.curriculum.application.ExpertReviewViews.ReviewReading;
import org.parity.curriculum.application.ExpertReviewViews.ReviewTask;
import org.parity.curriculum.application.ExpertReviewing;
import org.parity.curriculum.domain.RequiredReviews;
import org.parity.curriculum.domain.ReviewerKind;
import org.parity.curriculum.domain.ReviewerKind.ChecklistItem;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The /reviews list of what waits for the caller's clinical or lived-experience review, and the
 * /review page where they read a module or curriculum version and record their review (every
 * checklist item confirmed) or send it back to its editors with what to change.
 */
@Named
@ViewScoped
public class ExpertReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Set<ChecklistItem> NICE =
      EnumSet.of(ChecklistItem.FITS_NICE, ChecklistItem.NICE_NOT_APPLICABLE);

  @Inject ExpertReviewing reviewing;
  @Inject PageMessages messages;

  private Long module;
  private Long curriculum;
  private ReviewReading reading;
  private List<ReviewTask> waiting;
  private List<String> confirmed = new ArrayList<>();
  private String nice;
  private String comment;

  public void load() {
    if (subject() == null) {
      PageAddress.notFound();
      return;
    }
    try {
      reading = reviewing.reading(subject(), versionId());
    } catch (InvalidInput | EJBAccessException e) {
      reading = null;
      messages.error("studio.versionUnknown");
    }
  }

  public void record() {
    ReviewerKind kind = reading.myKind() == null ? null : ReviewerKind.valueOf(reading.myKind());
    Set<ChecklistItem> items = EnumSet.noneOf(ChecklistItem.class);
    confirmed.forEach(c -> items.add(ChecklistItem.valueOf(c)));
    if (nice != null && !nice.isBlank()) {
      items.add(ChecklistItem.valueOf(nice));
    }
    decide(
        () -> reviewing.record(subject(), versionId(), kind, items, comment, PageAddress.base()),
        "expertReview.recorded");
  }

  public void askForChanges() {
    decide(() -> reviewing.askForChanges(subject(), versionId(), comment), "expertReview.sentBack");
  }

  private void decide(Runnable step, String doneKey) {
    if (StudioStep.run(messages, "decide", step, doneKey)) {
      messages.keepForNextPage();
      PageAddress.redirect("/reviews");
      return;
    }
    load();
  }

  /** The checklist's items a reviewer ticks (NICE's question is answered apart). */
  public List<String> getConfirmable() {
    return reading == null
        ? List.of()
        : reading.checklist().stream()
            .filter(i -> !NICE.contains(ChecklistItem.valueOf(i)))
            .toList();
  }

  public boolean isAsksAboutNice() {
    return reading != null
        && reading.checklist().stream().anyMatch(i -> NICE.contains(ChecklistItem.valueOf(i)));
  }

  public List<ReviewTask> getWaiting() {
    if (waiting == null) {
      waiting = reviewing.waiting();
    }
    return waiting;
  }

  private String subject() {
    return module != null
        ? RequiredReviews.MODULE
        : curriculum != null ? RequiredReviews.CURRICULUM : null;
  }

  private long versionId() {
    return module != null ? module : curriculum;
  }

  public ReviewReading getReading() {
    return reading;
  }

  public Long getModule() {
    return module;
  }

  public void setModule(Long module) {
    this.module = module;
  }

  public Long getCurriculum() {
    return curriculum;
  }

  public void setCurriculum(Long curriculum) {
    this.curriculum = curriculum;
  }

  public List<String> getConfirmed() {
    return confirmed;
  }

  public void setConfirmed(List<String> confirmed) {
    this.confirmed = confirmed == null ? new ArrayList<>() : confirmed;
  }

  public String getNice() {
    return nice;
  }

  public void setNice(String nice) {
    this.nice = nice;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
