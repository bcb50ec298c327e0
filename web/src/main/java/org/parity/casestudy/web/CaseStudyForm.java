package org.parity.casestudy.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parity.casestudy.domain.CaseStudyContent;

/** The fields of the case study form; contacts are typed one per line. */
public class CaseStudyForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String summary;
  private String setting;
  private String population;
  private String problem;
  private String intervention;
  private String outcomes;
  private String costs;
  private String lessons;
  private String organisation;
  private String region;
  private String contacts;
  private List<String> challenges = new ArrayList<>();
  private List<String> priorityAreas = new ArrayList<>();
  private List<String> professions = new ArrayList<>();
  private List<String> settings = new ArrayList<>();
  private List<String> moduleSlugs = new ArrayList<>();

  static CaseStudyForm of(CaseStudyContent c) {
    CaseStudyForm f = new CaseStudyForm();
    f.title = c.title();
    f.summary = c.summary();
    f.setting = c.setting();
    f.population = c.population();
    f.problem = c.problem();
    f.intervention = c.intervention();
    f.outcomes = c.outcomes();
    f.costs = c.costs();
    f.lessons = c.lessons();
    f.organisation = c.organisation();
    f.region = c.region();
    f.contacts = String.join("\n", c.contacts());
    f.challenges = new ArrayList<>(c.challenges());
    f.priorityAreas = new ArrayList<>(c.priorityAreas());
    f.professions = new ArrayList<>(c.professions());
    f.settings = new ArrayList<>(c.settings());
    f.moduleSlugs = new ArrayList<>(c.moduleSlugs());
    return f;
  }

  CaseStudyContent content() {
    return new CaseStudyContent(
        trim(title),
        trim(summary),
        trim(setting),
        trim(population),
        trim(problem),
        trim(intervention),
        trim(outcomes),
        trim(costs),
        trim(lessons),
        trim(organisation),
        trim(region),
        contacts == null
            ? List.of()
            : Arrays.stream(contacts.split("\\R"))
                .map(String::trim)
                .filter(l -> !l.isEmpty())
                .toList(),
        challenges,
        priorityAreas,
        professions,
        settings,
        moduleSlugs);
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
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

  public String getSetting() {
    return setting;
  }

  public void setSetting(String setting) {
    this.setting = setting;
  }

  public String getPopulation() {
    return population;
  }

  public void setPopulation(String population) {
    this.population = population;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public String getIntervention() {
    return intervention;
  }

  public void setIntervention(String intervention) {
    this.intervention = intervention;
  }

  public String getOutcomes() {
    return outcomes;
  }

  public void setOutcomes(String outcomes) {
    this.outcomes = outcomes;
  }

  public String getCosts() {
    return costs;
  }

  public void setCosts(String costs) {
    this.costs = costs;
  }

  public String getLessons() {
    return lessons;
  }

  public void setLessons(String lessons) {
    this.lessons = lessons;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getContacts() {
    return contacts;
  }

  public void setContacts(String contacts) {
    this.contacts = contacts;
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

  public List<String> getProfessions() {
    return professions;
  }

  public void setProfessions(List<String> professions) {
    this.professions = professions;
  }

  public List<String> getSettings() {
    return settings;
  }

  public void setSettings(List<String> settings) {
    this.settings = settings;
  }

  public List<String> getModuleSlugs() {
    return moduleSlugs;
  }

  public void setModuleSlugs(List<String> moduleSlugs) {
    this.moduleSlugs = moduleSlugs;
  }
}
