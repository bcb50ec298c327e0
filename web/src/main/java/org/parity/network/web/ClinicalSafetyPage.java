package org.parity.network.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parity.network.application.ClinicalSafety;
import org.parity.network.application.ClinicalSafetyViews.ClinicalQueue;
import org.parity.network.domain.ClinicalStanding;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /networks/{slug}/clinical-safety, for the network's clinical reviewers and facilitators:
 * posts under clinical review with their due times, the latest answers, and (for facilitators) who
 * reviews and how long they have.
 */
@Named
@ViewScoped
public class ClinicalSafetyPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ClinicalSafety clinicalSafety;
  @Inject PageMessages messages;

  private String slug;
  private ClinicalQueue queue;
  private final Map<Long, String> outcomes = new HashMap<>();
  private final Map<Long, String> notes = new HashMap<>();
  private Long appointee;
  private Integer hours;

  /** Anyone but the network's clinical reviewers and facilitators gets a 404. */
  public void load() {
    try {
      queue = clinicalSafety.queue(slug);
      if (hours == null) {
        hours = queue.hours();
      }
    } catch (EJBAccessException e) {
      PageAddress.notFound();
    }
  }

  /** The outcomes a reviewer chooses from, in the order offered. */
  public List<String> getOutcomeChoices() {
    return Arrays.stream(ClinicalStanding.values())
        .filter(ClinicalStanding::isOutcome)
        .map(Enum::name)
        .toList();
  }

  public void answer(long reviewId, int row) {
    ClinicalStanding outcome = ClinicalStanding.outcomeNamed(outcomes.get(reviewId));
    attempt(
        "open:" + row + ":answer",
        () -> clinicalSafety.answer(slug, reviewId, outcome, notes.get(reviewId)),
        "clinical.answered");
  }

  public void appoint() {
    attempt(
        "appoint",
        () -> {
          if (appointee == null) {
            throw InvalidInput.of("member", "clinical.reviewer.choose");
          }
          clinicalSafety.appoint(slug, appointee, true);
        },
        "clinical.reviewer.appointed");
  }

  public void standDown(long membershipId) {
    attempt(
        null, () -> clinicalSafety.appoint(slug, membershipId, false), "clinical.reviewer.removed");
  }

  public void saveHours() {
    attempt(
        "time",
        () -> clinicalSafety.answerWithin(slug, hours == null ? 0 : hours),
        "clinical.hours.saved");
  }

  private void attempt(String formId, Runnable step, String done) {
    ForumSteps.attemptAndReturn(
        messages, formId, step, done, "/networks/" + slug + "/clinical-safety");
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public ClinicalQueue getQueue() {
    return queue;
  }

  public Map<Long, String> getOutcomes() {
    return outcomes;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }

  public Long getAppointee() {
    return appointee;
  }

  public void setAppointee(Long appointee) {
    this.appointee = appointee;
  }

  public Integer getHours() {
    return hours;
  }

  public void setHours(Integer hours) {
    this.hours = hours;
  }
}
