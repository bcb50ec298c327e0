package org.parity.casestudy.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.parity.curriculum.domain.LinesConverter;

/**
 * A case study as the public sees it. The row exists from the first draft (it reserves the slug and
 * records the author) but holds content only once an editor has published a revision; drafts,
 * submissions and earlier published texts live in {@link CaseStudyRevision}.
 */
@Entity
@Table(name = "case_study")
@NamedQuery(name = "CaseStudy.findBySlug", query = "select c from CaseStudy c where c.slug = :slug")
@NamedQuery(
    name = "CaseStudy.findPublished",
    query = "select c from CaseStudy c where c.published = true order by c.publishedOn desc, c.id")
@NamedQuery(
    name = "CaseStudy.countSlugs",
    query = "select count(c) from CaseStudy c where c.slug = :slug")
public class CaseStudy {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_study_seq")
  @SequenceGenerator(name = "case_study_seq", sequenceName = "case_study_seq", allocationSize = 50)
  private Long id;

  private String slug;
  private String authorEmail;
  private boolean published;

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

  @Convert(converter = LinesConverter.class)
  private List<String> contacts = new ArrayList<>();

  @Convert(converter = LinesConverter.class)
  private List<String> challenges = new ArrayList<>();

  @Convert(converter = LinesConverter.class)
  private List<String> priorityAreas = new ArrayList<>();

  @Convert(converter = LinesConverter.class)
  private List<String> professions = new ArrayList<>();

  @Convert(converter = LinesConverter.class)
  private List<String> settings = new ArrayList<>();

  @Convert(converter = LinesConverter.class)
  private List<String> moduleSlugs = new ArrayList<>();

  private LocalDate publishedOn;
  private Instant createdAt;
  private Instant lastUpdatedAt;

  @Version private long version;

  protected CaseStudy() {}

  /** A new, unpublished study: a slug and an author, nothing the public can see yet. */
  public CaseStudy(String slug, String authorEmail, Instant now) {
    this.slug = slug;
    this.authorEmail = authorEmail;
    this.createdAt = now;
    this.lastUpdatedAt = now;
  }

  /**
   * Makes the given text the public one. The first publication sets the publication date; later
   * ones only move "last updated".
   */
  public void publish(CaseStudyContent content, Instant now) {
    title = content.title();
    summary = content.summary();
    setting = content.setting();
    population = content.population();
    problem = content.problem();
    intervention = content.intervention();
    outcomes = content.outcomes();
    costs = content.costs();
    lessons = content.lessons();
    organisation = content.organisation();
    region = content.region();
    contacts = new ArrayList<>(content.contacts());
    challenges = new ArrayList<>(content.challenges());
    priorityAreas = new ArrayList<>(content.priorityAreas());
    professions = new ArrayList<>(content.professions());
    settings = new ArrayList<>(content.settings());
    moduleSlugs = new ArrayList<>(content.moduleSlugs());
    if (!published) {
      published = true;
      if (publishedOn == null) {
        publishedOn = LocalDate.ofInstant(now, ZoneOffset.UTC);
      }
    }
    lastUpdatedAt = now;
  }

  /** Starter studies keep the date their story was first told, not the day they were imported. */
  public void firstPublishedOn(LocalDate date) {
    if (published && date != null) {
      publishedOn = date;
    }
  }

  /** The public text as a value, for starting a new revision from it. */
  public CaseStudyContent content() {
    return new CaseStudyContent(
        nz(title),
        nz(summary),
        nz(setting),
        nz(population),
        nz(problem),
        nz(intervention),
        nz(outcomes),
        nz(costs),
        nz(lessons),
        nz(organisation),
        nz(region),
        contacts,
        challenges,
        priorityAreas,
        professions,
        settings,
        moduleSlugs);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public boolean isAuthoredBy(String email) {
    return authorEmail != null && authorEmail.equalsIgnoreCase(email);
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getAuthorEmail() {
    return authorEmail;
  }

  public boolean isPublished() {
    return published;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getSetting() {
    return setting;
  }

  public String getPopulation() {
    return population;
  }

  public String getProblem() {
    return problem;
  }

  public String getIntervention() {
    return intervention;
  }

  public String getOutcomes() {
    return outcomes;
  }

  public String getCosts() {
    return costs;
  }

  public String getLessons() {
    return lessons;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getRegion() {
    return region;
  }

  public List<String> getContacts() {
    return List.copyOf(contacts);
  }

  public List<String> getChallenges() {
    return List.copyOf(challenges);
  }

  public List<String> getPriorityAreas() {
    return List.copyOf(priorityAreas);
  }

  public List<String> getProfessions() {
    return List.copyOf(professions);
  }

  public List<String> getSettings() {
    return List.copyOf(settings);
  }

  public List<String> getModuleSlugs() {
    return List.copyOf(moduleSlugs);
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUpdatedAt() {
    return lastUpdatedAt;
  }
}
