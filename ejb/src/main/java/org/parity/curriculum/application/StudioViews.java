package org.parity.curriculum.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.parity.curriculum.domain.ModuleDetails;
import org.parity.curriculum.domain.QuestionContent;
import org.parity.curriculum.domain.UnitContent;

/** What the studio shows an editor or publisher. */
public final class StudioViews {

  private StudioViews() {}

  /** A publisher the caller works for, and whether they may approve its versions. */
  public record Desk(long organisationId, String slug, String name, boolean publisher)
      implements Serializable {}

  /** One module (its newest version) on an editor's list or a publisher's review queue. */
  public record ModuleRow(
      long versionId, String slug, String title, String owner, int number, String status)
      implements Serializable {}

  public record UnitRow(long id, int position, UnitContent content) implements Serializable {}

  public record QuestionRow(long id, QuestionContent content) implements Serializable {}

  /**
   * A request to co-badge a curriculum, as either side sees it; {@code withdrawable} when it still
   * stands and the caller may take it back for their side.
   */
  public record CoBadgeView(
      long id,
      String curriculumSlug,
      String curriculumTitle,
      String lead,
      String publisherSlug,
      String publisher,
      String status,
      String askedBy,
      Instant askedAt,
      String answeredBy,
      Instant answeredAt,
      String withdrawnBy,
      Instant withdrawnAt,
      String reason,
      boolean withdrawable)
      implements Serializable {}

  public record HistoryRow(String action, String actor, String comment, Instant at)
      implements Serializable {}

  /** A module version open in the studio, with what the caller may do to it. */
  public record ModuleWork(
      long versionId,
      String slug,
      String owner,
      int number,
      String status,
      ModuleDetails details,
      List<UnitRow> units,
      List<QuestionRow> questions,
      List<HistoryRow> history,
      boolean editable,
      boolean reviewable,
      boolean canStartDraft,
      org.parity.curriculum.domain.VersionChanges changesSincePrevious,
      /* In review, for a publisher who worked on it: another publisher approves it. */
      boolean awaitsAnotherPublisher,
      ReviewDates review,
      /* The clinical and lived-experience reviews its publisher asks for, and where they stand. */
      List<ExpertReviewViews.StepView> reviewSteps)
      implements Serializable {}

  /**
   * A version's review dates and where it stands (NONE, CURRENT, DUE_SOON, OVERDUE); {@code
   * manageable} when the caller may extend or retire it (a PUBLISHER of its owner, once published).
   */
  public record ReviewDates(
      java.time.LocalDate lastReviewedOn,
      java.time.LocalDate reviewBy,
      String standing,
      boolean manageable)
      implements Serializable {}

  /** A published module version due for review within 90 days, or overdue, on the studio desk. */
  public record ReviewDue(
      long versionId,
      String slug,
      String title,
      String owner,
      int number,
      java.time.LocalDate lastReviewedOn,
      java.time.LocalDate reviewBy,
      String standing)
      implements Serializable {}

  /** A publisher's default time between reviews, for its PUBLISHERs to change. */
  public record ReviewPolicy(long organisationId, String name, int months)
      implements Serializable {}
}
