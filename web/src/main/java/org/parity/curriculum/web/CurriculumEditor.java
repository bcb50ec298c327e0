package org.parity.curriculum.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parity.curriculum.application.CatalogueViews.ModuleEntry;
import org.parity.curriculum.application.CatalogueViews.PublisherView;
import org.parity.curriculum.application.CoBadging;
import org.parity.curriculum.application.CurriculumStudioService;
import org.parity.curriculum.application.CurriculumStudioService.CurriculumWork;
import org.parity.curriculum.application.StudioViews.CoBadgeView;
import org.parity.curriculum.domain.CurriculumDetails;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The /studio/curriculum page: a curriculum version's details, co-publishers, modules and review.
 */
@Named
@ViewScoped
public class CurriculumEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurriculumStudioService studio;
  @Inject CoBadging coBadging;
  @Inject PageMessages messages;

  private Long versionId;
  private CurriculumWork work;
  private String title;
  private String summary;
  private String outcomes;
  private List<String> professions = new ArrayList<>();
  private List<String> priorityAreas = new ArrayList<>();
  private List<String> challenges = new ArrayList<>();
  private String moduleQuery;
  private List<ModuleEntry> found = List.of();
  private String coPublisher;
  private String comment;
  private List<CoBadgeView> coBadges;
  private final Map<Long, String> reasons = new HashMap<>();

  public void load() {
    if (versionId == null) {
      return;
    }
    try {
      work = studio.curriculum(versionId);
    } catch (InvalidInput | EJBAccessException e) {
      work = null;
      messages.error("studio.versionUnknown");
      return;
    }
    CurriculumDetails d = work.details();
    title = d.title();
    summary = d.summary();
    outcomes = String.join("\n", d.learningOutcomes());
    professions = new ArrayList<>(d.professions());
    priorityAreas = new ArrayList<>(d.priorityAreas());
    challenges = new ArrayList<>(d.challenges());
  }

  public void saveDetails() {
    attempt(
        "details",
        () ->
            studio.editDetails(
                versionId,
                new CurriculumDetails(
                    title,
                    summary == null ? "" : summary,
                    Arrays.stream(outcomes == null ? new String[0] : outcomes.split("\\R"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                    professions,
                    challenges,
                    priorityAreas,
                    List.of())),
        "studio.saved");
  }

  public void findModules() {
    found = studio.findModules(moduleQuery);
  }

  public void include(long moduleVersionId) {
    attempt("include", () -> studio.include(versionId, moduleVersionId), "studio.moduleIncluded");
  }

  public void removeModule(long moduleVersionId) {
    attempt("modules", () -> studio.removeModule(versionId, moduleVersionId), null);
  }

  public void moveModule(int index, int by) {
    attempt("modules", () -> studio.moveModule(versionId, index, by), null);
  }

  /** Asks another publisher to co-badge; its badge shows once one of its PUBLISHERs accepts. */
  public void askToCoBadge() {
    attempt(
        "publishers",
        () -> coBadging.ask(versionId, coPublisher, PageAddress.base()),
        "coBadge.asked");
  }

  /** Takes back a badge or a standing request, with the reason typed on its row. */
  public void withdrawCoBadge(long badgeId, int row) {
    attempt(
        "publishers:badges:" + row,
        () -> coBadging.withdraw(badgeId, reasons.get(badgeId), PageAddress.base()),
        "coBadge.withdrawn");
  }

  public void submit() {
    attempt(
        "review", () -> studio.submit(versionId, comment, PageAddress.base()), "studio.submitted");
  }

  public void returnToEditors() {
    attempt("review", () -> studio.returnWithComment(versionId, comment), "studio.returned");
  }

  public void publish() {
    attempt("review", () -> studio.publish(versionId, comment), "studio.published");
  }

  public void startNewDraft() {
    try {
      PageAddress.redirect("/studio/curriculum?v=" + studio.startNewDraft(versionId));
    } catch (OutOfTurn e) {
      messages.refused(e);
    }
  }

  private void attempt(String formId, Runnable change, String successKey) {
    if (StudioStep.run(messages, formId, change, successKey)) {
      comment = null;
      coPublisher = null;
      reasons.clear();
    }
    work = studio.curriculum(versionId);
    coBadges = null;
  }

  /** Publishers that could be asked: not the lead, and not asked already or co-badging. */
  public List<PublisherView> getAllPublishers() {
    List<String> standing =
        getCoBadges().stream()
            .filter(CoBadgeView::withdrawable)
            .map(CoBadgeView::publisherSlug)
            .toList();
    return studio.allPublishers().stream()
        .filter(p -> work == null || !p.slug().equals(work.publishers().get(0).slug()))
        .filter(p -> !standing.contains(p.slug()))
        .toList();
  }

  public List<CoBadgeView> getCoBadges() {
    if (coBadges == null) {
      coBadges = work == null ? List.of() : coBadging.ofCurriculum(versionId);
    }
    return coBadges;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public CurriculumWork getWork() {
    return work;
  }

  public Long getVersionId() {
    return versionId;
  }

  public void setVersionId(Long versionId) {
    this.versionId = versionId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getOutcomes() {
    return outcomes;
  }

  public void setOutcomes(String outcomes) {
    this.outcomes = outcomes;
  }

  public List<String> getProfessions() {
    return professions;
  }

  public void setProfessions(List<String> professions) {
    this.professions = professions;
  }

  public List<String> getPriorityAreas() {
    return priorityAreas;
  }

  public void setPriorityAreas(List<String> priorityAreas) {
    this.priorityAreas = priorityAreas;
  }

  public List<String> getChallenges() {
    return challenges;
  }

  public void setChallenges(List<String> challenges) {
    this.challenges = challenges;
  }

  public String getModuleQuery() {
    return moduleQuery;
  }

  public void setModuleQuery(String moduleQuery) {
    this.moduleQuery = moduleQuery;
  }

  public List<ModuleEntry> getFound() {
    return found;
  }

  public String getCoPublisher() {
    return coPublisher;
  }

  public void setCoPublisher(String coPublisher) {
    this.coPublisher = coPublisher;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
