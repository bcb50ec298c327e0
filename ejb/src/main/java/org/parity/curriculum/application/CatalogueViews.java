package org.parity.curriculum.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** What the public catalogue shows: plain values, safe to render and to serialise as JSON. */
public final class CatalogueViews {

  private CatalogueViews() {}

  /** A publisher as a curriculum or module names it. */
  public record PublisherView(String slug, String name) implements Serializable {}

  public record CurriculumSummary(
      String slug,
      String title,
      String summary,
      List<PublisherView> publishers,
      int version,
      java.time.LocalDate publishedOn,
      List<String> modules,
      int estimatedMinutes,
      BigDecimal cpdHours,
      List<String> professions,
      List<String> priorityAreas,
      List<String> challenges) {}

  public record ModuleEntry(
      String slug,
      String title,
      PublisherView owner,
      int version,
      long versionId,
      int estimatedMinutes,
      BigDecimal cpdHours)
      implements Serializable {}

  public record CurriculumDetail(
      CurriculumSummary summary,
      List<String> learningOutcomes,
      List<ModuleEntry> modules,
      /* Its clinical and lived-experience reviews, when its lead publisher asks for them. */
      List<ExpertReviewViews.ReviewCredit> reviews,
      /* How far its modules cover each outcome framework they map to. */
      List<OutcomeViews.FrameworkCoverage> coverage) {}

  public record UnitEntry(int position, String kind, String title) {}

  public record ModuleDetail(
      ModuleEntry module,
      String summary,
      List<String> learningOutcomes,
      List<String> challenges,
      List<String> priorityAreas,
      List<String> settings,
      List<UnitEntry> units,
      int questionBankSize,
      java.time.LocalDate publishedOn,
      List<CurriculumUse> usedIn,
      int usingPublishers,
      java.time.LocalDate lastReviewedOn,
      java.time.LocalDate reviewBy,
      boolean reviewOverdue,
      /* Its clinical and lived-experience reviews: "clinically reviewed by … on …". */
      List<ExpertReviewViews.ReviewCredit> reviews,
      /* The outcomes of colleges' frameworks it meets (accepted mappings), by framework. */
      List<OutcomeViews.FrameworkOutcomes> frameworks) {}

  /** A published curriculum that includes a module, and who publishes it. */
  public record CurriculumUse(String slug, String title, List<PublisherView> publishers) {}

  /** The catalogue's filters; a blank one does not filter. */
  public record CatalogueFilter(
      String text, String profession, String priorityArea, String challenge, String publisher) {

    public static CatalogueFilter none() {
      return new CatalogueFilter(null, null, null, null, null);
    }
  }
}
