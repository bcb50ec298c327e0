package org.parity.network.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.parity.network.application.ModerationViews.FlagView;

/** What a network's clinical-safety queue shows. */
public final class ClinicalSafetyViews {

  private ClinicalSafetyViews() {}

  /** A post under clinical review, with the flags that opened it. */
  public record OpenReview(
      long id,
      long threadId,
      String threadTitle,
      int number,
      int page,
      String author,
      String html,
      List<FlagView> flags,
      Instant openedAt,
      Instant dueAt,
      boolean overdue)
      implements Serializable {}

  /** An answered review, for the record. */
  public record AnsweredReview(
      long threadId,
      String threadTitle,
      int number,
      int page,
      String outcome,
      String note,
      String reviewer,
      Instant decidedAt,
      boolean late)
      implements Serializable {}

  public record Reviewer(long membershipId, String name, String profession)
      implements Serializable {}

  /**
   * The queue; {@code manages}: whether the reader (a facilitator) may appoint reviewers and set
   * the time, and then {@code members} are those they may appoint.
   */
  public record ClinicalQueue(
      String networkSlug,
      String networkName,
      int hours,
      List<OpenReview> open,
      List<AnsweredReview> answered,
      List<Reviewer> reviewers,
      boolean manages,
      List<Reviewer> members)
      implements Serializable {}
}
