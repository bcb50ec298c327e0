package org.parity.curriculum.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parity.content.FrameworkReader.OutcomeDefinition;
import org.parity.identity.domain.Organisation;

/**
 * A publisher's learning-outcome framework at one version: its outcomes with codes, groups and
 * wording. A draft's outcomes may be replaced; once published it never changes, so what a mapping
 * or a certificate points at stays true.
 */
@Entity
@NamedQuery(
    name = "OutcomeFramework.published",
    query =
        "select f from OutcomeFramework f where f.publishedAt is not null"
            + " order by f.title, f.versionLabel")
@NamedQuery(
    name = "OutcomeFramework.ofOwners",
    query =
        "select f from OutcomeFramework f where f.owner in :owners"
            + " order by f.title, f.versionLabel")
@NamedQuery(
    name = "OutcomeFramework.bySlug",
    query =
        "select f from OutcomeFramework f where f.owner = :owner and f.slug = :slug"
            + " and f.versionLabel = :version")
public class OutcomeFramework {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_framework_seq")
  @SequenceGenerator(
      name = "outcome_framework_seq",
      sequenceName = "outcome_framework_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Organisation owner;

  private String slug;
  private String title;
  private String versionLabel;
  private String createdBy;
  private Instant createdAt;
  private Instant publishedAt;

  @Version
  @Column(name = "version")
  private long rowVersion;

  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<FrameworkOutcome> outcomes = new ArrayList<>();

  protected OutcomeFramework() {}

  public OutcomeFramework(
      Organisation owner,
      String slug,
      String title,
      String versionLabel,
      String createdBy,
      Instant now) {
    this.owner = owner;
    this.slug = slug;
    this.title = title.strip();
    this.versionLabel = versionLabel.strip();
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** Replaces a draft's outcomes, in the order given. */
  public void replaceOutcomes(List<OutcomeDefinition> definitions) {
    requireDraft();
    outcomes.clear();
    int position = 0;
    for (OutcomeDefinition d : definitions) {
      outcomes.add(new FrameworkOutcome(this, position++, d.code(), d.group(), d.title()));
    }
  }

  public void publish(Instant now) {
    requireDraft();
    if (outcomes.isEmpty()) {
      throw new WorkflowException(
          "A framework needs at least one outcome.", "frameworks.refusal.empty");
    }
    publishedAt = now;
  }

  public void requireDraft() {
    if (isPublished()) {
      throw new WorkflowException(
          "A published framework never changes: publish a new version instead.",
          "frameworks.refusal.published");
    }
  }

  public boolean isPublished() {
    return publishedAt != null;
  }

  /** "Whole-person care capabilities (demo), 2026". */
  public String label() {
    return title + ", " + versionLabel;
  }

  public Long getId() {
    return id;
  }

  public Organisation getOwner() {
    return owner;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public String getVersionLabel() {
    return versionLabel;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public List<FrameworkOutcome> getOutcomes() {
    return outcomes;
  }
}
