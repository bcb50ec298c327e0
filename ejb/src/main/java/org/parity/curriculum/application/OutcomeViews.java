package org.parity.curriculum.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What editors, framework owners and learners see of outcome frameworks and mappings. */
public final class OutcomeViews {

  private OutcomeViews() {}

  /** A publisher the caller edits for. */
  public record Owner(long id, String name) {}

  public record OutcomeView(long id, String code, String group, String title)
      implements Serializable {

    /** "A1 Recognise …", as a certificate lists it. */
    public String line() {
      return code + " " + title;
    }
  }

  /** A framework at one version; {@code mayPublish} when the caller may publish this draft. */
  public record FrameworkView(
      long id,
      String title,
      String version,
      String owner,
      boolean published,
      Instant publishedAt,
      List<OutcomeView> outcomes,
      boolean mayPublish) {

    /** "Title, version". */
    public String label() {
      return title + ", " + version;
    }
  }

  /** One mapping as the module's and the framework's editors see it. */
  public record MappingView(
      long id,
      String moduleSlug,
      String moduleTitle,
      String moduleOutcome,
      String framework,
      String owner,
      OutcomeView outcome,
      String status,
      String proposedBy,
      Instant proposedAt,
      String reviewedBy,
      String comment,
      boolean mayRemove) {}

  /** A module's learning outcome and what it is mapped to (or proposed for). */
  public record ModuleOutcome(int position, String wording, List<MappingView> mappings) {}

  /**
   * A module's outcomes for mapping: the latest version the caller may read, the frameworks the
   * caller may map to (none when they may not propose).
   */
  public record ModuleOutcomes(
      String slug,
      String title,
      String owner,
      List<ModuleOutcome> outcomes,
      List<FrameworkView> choices) {}

  /** The outcomes of one framework that a module (or a certificate's holder) meets. */
  public record FrameworkOutcomes(String framework, String owner, List<OutcomeView> outcomes) {}

  /** An outcome of a framework and the modules of a curriculum that cover it (none: a gap). */
  public record CoveredOutcome(OutcomeView outcome, List<String> modules) {

    public boolean covered() {
      return !modules.isEmpty();
    }
  }

  /** How far a curriculum's modules cover one framework. */
  public record FrameworkCoverage(
      String framework, String owner, int covered, int total, List<CoveredOutcome> outcomes) {

    public int percent() {
      return total == 0 ? 0 : Math.round(100f * covered / total);
    }
  }

  /** How many learners met one outcome, by completing a module mapped to it. */
  public record OutcomeCompletions(OutcomeView outcome, long learners) implements Serializable {}

  /** One framework's outcomes with the learners who met each. */
  public record FrameworkCompletions(String framework, List<OutcomeCompletions> outcomes)
      implements Serializable {}
}
