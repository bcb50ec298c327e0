package org.parity.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parity.curriculum.application.ExpertReviewViews.ReviewSettings;
import org.parity.curriculum.application.PublisherReviewers;
import org.parity.curriculum.domain.ReviewerKind;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The studio desk's reviews before approval, for PUBLISHERs: which reviews each of their publishers
 * asks for, and the clinical and lived-experience reviewers it invited.
 */
@Named
@ViewScoped
public class ReviewStepsDesk implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String ROWS = "review-steps:publishers:";

  /** The four choices of one publisher, as the form's check boxes hold them. */
  public static class Choice implements Serializable {
    private static final long serialVersionUID = 1L;
    private boolean moduleClinical;
    private boolean moduleLivedExperience;
    private boolean curriculumClinical;
    private boolean curriculumLivedExperience;

    public boolean isModuleClinical() {
      return moduleClinical;
    }

    public void setModuleClinical(boolean value) {
      moduleClinical = value;
    }

    public boolean isModuleLivedExperience() {
      return moduleLivedExperience;
    }

    public void setModuleLivedExperience(boolean value) {
      moduleLivedExperience = value;
    }

    public boolean isCurriculumClinical() {
      return curriculumClinical;
    }

    public void setCurriculumClinical(boolean value) {
      curriculumClinical = value;
    }

    public boolean isCurriculumLivedExperience() {
      return curriculumLivedExperience;
    }

    public void setCurriculumLivedExperience(boolean value) {
      curriculumLivedExperience = value;
    }
  }

  @Inject PublisherReviewers reviewers;
  @Inject PageMessages messages;

  private List<ReviewSettings> settings;
  private final Map<Long, Choice> choices = new HashMap<>();
  private final Map<Long, String> emails = new HashMap<>();
  private final Map<Long, String> kinds = new HashMap<>();

  public void save(long organisationId, int row) {
    Choice c = choices.get(organisationId);
    if (StudioStep.run(
        messages,
        ROWS + row,
        () ->
            reviewers.choose(
                organisationId,
                c.moduleClinical,
                c.moduleLivedExperience,
                c.curriculumClinical,
                c.curriculumLivedExperience),
        "expertReview.stepsSaved")) {
      settings = null;
    }
  }

  public void invite(long organisationId, int row) {
    String kind = kinds.get(organisationId);
    if (StudioStep.run(
        messages,
        ROWS + row,
        () ->
            reviewers.invite(
                organisationId,
                emails.get(organisationId),
                kind == null || kind.isBlank() ? null : ReviewerKind.valueOf(kind),
                PageAddress.base()),
        "expertReview.invited")) {
      emails.remove(organisationId);
      kinds.remove(organisationId);
      settings = null;
    }
  }

  public void remove(long reviewerId) {
    if (StudioStep.run(
        messages, "review-steps", () -> reviewers.remove(reviewerId), "expertReview.removed")) {
      settings = null;
    }
  }

  public List<ReviewSettings> getSettings() {
    if (settings == null) {
      settings = reviewers.settings();
      for (ReviewSettings s : settings) {
        Choice c = new Choice();
        c.moduleClinical = s.moduleClinical();
        c.moduleLivedExperience = s.moduleLivedExperience();
        c.curriculumClinical = s.curriculumClinical();
        c.curriculumLivedExperience = s.curriculumLivedExperience();
        choices.put(s.organisationId(), c);
      }
    }
    return settings;
  }

  public Map<Long, Choice> getChoices() {
    return choices;
  }

  public Map<Long, String> getEmails() {
    return emails;
  }

  public Map<Long, String> getKinds() {
    return kinds;
  }
}
