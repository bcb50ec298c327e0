package org.parity.curriculum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A module's learning outcome, by its wording, mapped to an outcome of a published framework. An
 * editor of either publisher proposes it; the framework's owner accepts or declines it, never the
 * person who proposed it. Only accepted mappings are shown to learners and counted.
 */
@Entity
@NamedQuery(
    name = "OutcomeMapping.ofModule",
    query = "select m from OutcomeMapping m where m.module = :module order by m.proposedAt")
@NamedQuery(
    name = "OutcomeMapping.acceptedOfModules",
    query =
        "select m from OutcomeMapping m where m.module in :modules"
            + " and m.status = org.parity.curriculum.domain.OutcomeMapping.Status.ACCEPTED")
@NamedQuery(
    name = "OutcomeMapping.proposedTo",
    query =
        "select m from OutcomeMapping m join m.outcome o join o.framework f"
            + " where f.owner in :owners"
            + " and m.status = org.parity.curriculum.domain.OutcomeMapping.Status.PROPOSED"
            + " order by m.proposedAt")
public class OutcomeMapping {

  /** Longest module outcome that can be mapped (its wording is the key). */
  public static final int MAX_WORDING = 500;

  public enum Status {
    PROPOSED,
    ACCEPTED,
    DECLINED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_mapping_seq")
  @SequenceGenerator(
      name = "outcome_mapping_seq",
      sequenceName = "outcome_mapping_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private SharedModule module;

  private String moduleOutcome;

  @ManyToOne(optional = false)
  private FrameworkOutcome outcome;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String proposedBy;
  private Instant proposedAt;
  private String reviewedBy;
  private Instant reviewedAt;
  private String reviewComment;

  @Version
  @Column(name = "version")
  private long rowVersion;

  protected OutcomeMapping() {}

  public OutcomeMapping(
      SharedModule module,
      String moduleOutcome,
      FrameworkOutcome outcome,
      String proposedBy,
      Instant now) {
    if (!outcome.getFramework().isPublished()) {
      throw new WorkflowException(
          "Map to a published framework.", "frameworks.refusal.notPublished");
    }
    if (moduleOutcome.length() > MAX_WORDING) {
      throw new WorkflowException(
          "An outcome this long cannot be mapped.", "frameworks.refusal.tooLong");
    }
    this.module = module;
    this.moduleOutcome = moduleOutcome;
    this.outcome = outcome;
    this.status = Status.PROPOSED;
    this.proposedBy = proposedBy;
    this.proposedAt = now;
  }

  /** A mapping the framework's owner shipped with its framework: accepted as it stands. */
  public static OutcomeMapping shipped(
      SharedModule module, String moduleOutcome, FrameworkOutcome outcome, String by, Instant now) {
    OutcomeMapping mapping = new OutcomeMapping(module, moduleOutcome, outcome, by, now);
    mapping.status = Status.ACCEPTED;
    mapping.reviewedBy = by;
    mapping.reviewedAt = now;
    return mapping;
  }

  public void accept(String reviewer, String comment, Instant now) {
    answer(Status.ACCEPTED, reviewer, comment, now);
  }

  public void decline(String reviewer, String comment, Instant now) {
    if (comment == null || comment.isBlank()) {
      throw new WorkflowException(
          "Say why the mapping does not fit.", "frameworks.refusal.declineWhy");
    }
    answer(Status.DECLINED, reviewer, comment, now);
  }

  private void answer(Status answer, String reviewer, String comment, Instant now) {
    if (status != Status.PROPOSED) {
      throw new WorkflowException(
          "This mapping was answered already.", "frameworks.refusal.answered");
    }
    if (reviewer.equalsIgnoreCase(proposedBy)) {
      throw new WorkflowException(
          "You proposed this mapping, so someone else at the framework's publisher reviews it.",
          "frameworks.refusal.ownProposal");
    }
    status = answer;
    reviewedBy = reviewer;
    reviewedAt = now;
    reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  /** Whether this mapping stands for the same link as another (declined ones stand for none). */
  public boolean sameLink(String wording, FrameworkOutcome other) {
    return status != Status.DECLINED
        && moduleOutcome.equals(wording)
        && outcome.getId().equals(other.getId());
  }

  public Long getId() {
    return id;
  }

  public SharedModule getModule() {
    return module;
  }

  public String getModuleOutcome() {
    return moduleOutcome;
  }

  public FrameworkOutcome getOutcome() {
    return outcome;
  }

  public Status getStatus() {
    return status;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewComment() {
    return reviewComment;
  }
}
