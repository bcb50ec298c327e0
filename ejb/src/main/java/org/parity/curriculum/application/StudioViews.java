package org.parity.curriculum.application;

import java.time.Instant;
import java.util.List;
import org.parity.curriculum.domain.ModuleDetails;
import org.parity.curriculum.domain.QuestionContent;
import org.parity.curriculum.domain.UnitContent;

/** What the studio shows an editor or publisher. */
public final class StudioViews {

  private StudioViews() {}

  /** A publisher the caller works for, and whether they may approve its versions. */
  public record Desk(long organisationId, String slug, String name, boolean publisher) {}

  /** One module (its newest version) on an editor's list or a publisher's review queue. */
  public record ModuleRow(
      long versionId, String slug, String title, String owner, int number, String status) {}

  public record UnitRow(long id, int position, UnitContent content) {}

  public record QuestionRow(long id, QuestionContent content) {}

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
      boolean withdrawable) {}

  public record HistoryRow(String action, String actor, String comment, Instant at) {}

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
      boolean awaitsAnotherPublisher) {}
}
