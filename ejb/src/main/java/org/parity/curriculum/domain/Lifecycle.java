package org.parity.curriculum.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The review workflow shared by module and curriculum versions: draft → in review → published →
 * retired, and back from review to draft when a publisher returns it.
 */
@Embeddable
public class Lifecycle {

  @Enumerated(EnumType.STRING)
  private VersionStatus status = VersionStatus.DRAFT;

  private Instant publishedAt;

  public VersionStatus status() {
    return status;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  /** Refuses any change unless the version is a draft. */
  public void requireDraft() {
    if (status != VersionStatus.DRAFT) {
      throw new VersionNotEditableException(status);
    }
  }

  public void submit() {
    move(
        VersionStatus.DRAFT,
        VersionStatus.IN_REVIEW,
        "Only a draft can be submitted for review.",
        "studio.refusal.submitDraftOnly");
  }

  public void returnToDraft() {
    move(
        VersionStatus.IN_REVIEW,
        VersionStatus.DRAFT,
        "Only a version in review can be returned.",
        "studio.refusal.returnInReviewOnly");
  }

  public void publish(Instant now) {
    move(
        VersionStatus.IN_REVIEW,
        VersionStatus.PUBLISHED,
        "Only a version in review can be published.",
        "studio.refusal.publishInReviewOnly");
    publishedAt = now;
  }

  /** Publishing without review: only for content Parity itself ships (the starter importer). */
  public void publishDirectly(Instant now) {
    move(
        VersionStatus.DRAFT,
        VersionStatus.PUBLISHED,
        "Only a draft can be published directly.",
        "studio.refusal.publishDirectlyDraftOnly");
    publishedAt = now;
  }

  public void retire() {
    move(
        VersionStatus.PUBLISHED,
        VersionStatus.RETIRED,
        "Only a published version can be retired.",
        "studio.refusal.retirePublishedOnly");
  }

  private void move(VersionStatus from, VersionStatus to, String refusal, String key) {
    if (status != from) {
      throw new WorkflowException(refusal, key);
    }
    status = to;
  }
}
