package org.parity.curriculum.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parity.curriculum.application.StudioService;
import org.parity.curriculum.application.StudioViews.ModuleWork;
import org.parity.curriculum.domain.ModuleDetails;

/** The module page's details form: title, summary, outcomes, time, CPD hours and tags. */
@Named
@ViewScoped
public class ModuleDetailsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ModuleEditor editor;
  @Inject StudioService studio;

  private String title;
  private String summary;
  private String outcomes;
  private int minutes;
  private BigDecimal cpdHours;
  private List<String> challenges = new ArrayList<>();
  private List<String> priorityAreas = new ArrayList<>();
  private List<String> settings = new ArrayList<>();
  private List<String> themes = new ArrayList<>();

  /** Filled from the version the page loaded (its view action runs before the form renders). */
  @PostConstruct
  void fill() {
    ModuleWork work = editor.getWork();
    if (work == null) {
      return;
    }
    ModuleDetails d = work.details();
    title = d.title();
    summary = d.summary();
    outcomes = String.join("\n", d.learningOutcomes());
    minutes = d.estimatedMinutes();
    cpdHours = d.cpdHours();
    challenges = new ArrayList<>(d.challenges());
    priorityAreas = new ArrayList<>(d.priorityAreas());
    settings = new ArrayList<>(d.settings());
    themes = new ArrayList<>(d.themes());
  }

  public void save() {
    ModuleDetails details =
        new ModuleDetails(
            title,
            summary == null ? "" : summary,
            Arrays.stream(outcomes == null ? new String[0] : outcomes.split("\\R"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList(),
            minutes,
            cpdHours,
            challenges,
            priorityAreas,
            settings,
            themes);
    editor.change(
        "details", () -> studio.editDetails(editor.getVersionId(), details), "studio.saved");
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

  public int getMinutes() {
    return minutes;
  }

  public void setMinutes(int minutes) {
    this.minutes = minutes;
  }

  public BigDecimal getCpdHours() {
    return cpdHours;
  }

  public void setCpdHours(BigDecimal cpdHours) {
    this.cpdHours = cpdHours;
  }

  public List<String> getChallenges() {
    return challenges;
  }

  public void setChallenges(List<String> challenges) {
    this.challenges = challenges;
  }

  public List<String> getPriorityAreas() {
    return priorityAreas;
  }

  public void setPriorityAreas(List<String> priorityAreas) {
    this.priorityAreas = priorityAreas;
  }

  public List<String> getSettings() {
    return settings;
  }

  public void setSettings(List<String> settings) {
    this.settings = settings;
  }
}
