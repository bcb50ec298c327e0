package org.parity.casestudy.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parity.curriculum.domain.LinesConverter;
import org.parity.platform.OutOfTurn;

/**
 * One version of a case study's text on its way through review: a draft, a submission, one sent
 * back for changes, or one that was published (kept for the record). A study has at most one
 * revision that is not published at a time.
 */
@Entity
@Table(name = "case_study_revision")
@NamedQuery(
    name = "CaseStudyRevision.findByStudy",
    query = "select r from CaseStudyRevision r where r.caseStudy = :study order by r.number desc")
@NamedQuery(
    name = "CaseStudyRevision.findOpenByStudy",
    query =
        "select r from CaseStudyRevision r where r.caseStudy = :study"
            + " and r.status <> org.parity.casestudy.domain.CaseStudyRevision.Status.PUBLISHED")
@NamedQuery(
    name = "CaseStudyRevision.findByStatus",
    query =
        "select r from CaseStudyRevision r join fetch r.caseStudy where r.status = :status"
            + " order by r.submittedAt, r.id")
@NamedQuery(
    name = "CaseStudyRevision.findByAuthor",
    query =
        "select r from CaseStudyRevision r join fetch r.caseStudy where lower(r.authorEmail) = :email"
            + " order by r.updatedAt desc, r.id desc")
public class CaseStudyRevision {

  public enum Status {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    PUBLISHED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_study_revision_seq")
  @SequenceGenerator(
      name = "case_study_revision_seq",
      sequenceName = "case_study_revision_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_study_id")
  private CaseStudy caseStudy;

  private int number;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String authorEmail;

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

  private Instant createdAt;
  private Instant updatedAt;
  private Instant submittedAt;
  private Instant decidedAt;
  private String decidedBy;

  /** The reviewer who checked the submission; another reviewer publishes it. */
  private String checkedBy;

  private Instant checkedAt;

  @Version private long version;

  protected CaseStudyRevision() {}

  public CaseStudyRevision(
      CaseStudy caseStudy, int number, String authorEmail, CaseStudyContent content, Instant now) {
    this.caseStudy = caseStudy;
    this.number = number;
    this.authorEmail = authorEmail;
    this.status = Status.DRAFT;
    this.createdAt = now;
    write(content, now);
  }

  /** The author changes the text; only while it is theirs to change. */
  public void edit(CaseStudyContent content, Instant now) {
    if (!isEditable()) {
      throw new OutOfTurn(
          "This revision is with the reviewers and cannot be edited now.",
          "caseStudy.error.notEditable");
    }
    write(content, now);
  }

  public void submit(Instant now) {
    if (!isEditable()) {
      throw new OutOfTurn(
          "Only a draft or a revision sent back for changes can be submitted.",
          "caseStudy.error.notSubmittable");
    }
    status = Status.SUBMITTED;
    submittedAt = now;
    updatedAt = now;
  }

  public void requestChanges(String reviewerEmail, Instant now) {
    if (status != Status.SUBMITTED) {
      throw new OutOfTurn(
          "Only a submitted revision can be reviewed.", "caseStudy.error.notSubmitted");
    }
    status = Status.CHANGES_REQUESTED;
    checkedBy = null;
    checkedAt = null;
    decidedAt = now;
    decidedBy = reviewerEmail;
    updatedAt = now;
  }

  /**
   * The first of two reviewers checks the submission (no one identifiable, consent, outcomes that
   * bear out its claims); a second publishes it.
   */
  public void check(String reviewerEmail, Instant now) {
    if (status != Status.SUBMITTED) {
      throw new OutOfTurn(
          "Only a submitted revision can be reviewed.", "caseStudy.error.notSubmitted");
    }
    if (checkedBy != null) {
      throw new OutOfTurn("It is already checked.", "caseStudy.error.alreadyChecked");
    }
    checkedBy = reviewerEmail;
    checkedAt = now;
  }

  /**
   * Marks this text as published; the caller copies it onto the study. Two people: it was checked,
   * by someone else.
   */
  public void markPublished(String reviewerEmail, Instant now) {
    if (status != Status.SUBMITTED) {
      throw new OutOfTurn(
          "Only a submitted revision can be reviewed.", "caseStudy.error.notSubmitted");
    }
    if (checkedBy == null) {
      throw new OutOfTurn(
          "Another reviewer checks it before it is published.", "caseStudy.error.notChecked");
    }
    if (checkedBy.equalsIgnoreCase(reviewerEmail)) {
      throw new OutOfTurn(
          "You checked it, so another reviewer publishes it.", "caseStudy.error.checkerPublishes");
    }
    status = Status.PUBLISHED;
    decidedAt = now;
    decidedBy = reviewerEmail;
    updatedAt = now;
  }

  /**
   * A study Parity ships as starter content, published as shipped: it was reviewed where it was
   * written, not by two of this installation's reviewers.
   */
  public void publishShipped(Instant now) {
    status = Status.PUBLISHED;
    submittedAt = now;
    decidedAt = now;
    decidedBy = authorEmail;
    updatedAt = now;
  }

  /** Drafts and texts sent back for changes are the author's to edit and submit. */
  public boolean isEditable() {
    return status == Status.DRAFT || status == Status.CHANGES_REQUESTED;
  }

  private void write(CaseStudyContent content, Instant now) {
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
    updatedAt = now;
  }

  public CaseStudyContent content() {
    return new CaseStudyContent(
        title,
        summary,
        setting,
        population,
        problem,
        intervention,
        outcomes,
        costs,
        lessons,
        organisation,
        region,
        contacts,
        challenges,
        priorityAreas,
        professions,
        settings,
        moduleSlugs);
  }

  public Long getId() {
    return id;
  }

  public CaseStudy getCaseStudy() {
    return caseStudy;
  }

  public int getNumber() {
    return number;
  }

  public Status getStatus() {
    return status;
  }

  public String getAuthorEmail() {
    return authorEmail;
  }

  public String getTitle() {
    return title;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getCheckedBy() {
    return checkedBy;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
