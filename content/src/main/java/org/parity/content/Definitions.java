package org.parity.content;

import java.util.List;

/** What a content package says, once read and checked: plain values, ready for an importer. */
public final class Definitions {

  private Definitions() {}

  /** A module: owned by one publisher, includable in any publisher's curriculum. */
  public record ModuleDefinition(
      String slug,
      String title,
      String owner,
      int version,
      String summary,
      List<String> learningOutcomes,
      int estimatedMinutes,
      double cpdHours,
      List<String> challenges,
      List<String> priorityAreas,
      List<String> settings,
      List<String> themes,
      List<UnitDefinition> units,
      List<QuestionDefinition> questions,
      List<ImageDefinition> images) {

    public ModuleDefinition {
      images = images == null ? List.of() : List.copyOf(images);
    }

    /** A module without images. */
    public ModuleDefinition(
        String slug,
        String title,
        String owner,
        int version,
        String summary,
        List<String> learningOutcomes,
        int estimatedMinutes,
        double cpdHours,
        List<String> challenges,
        List<String> priorityAreas,
        List<String> settings,
        List<String> themes,
        List<UnitDefinition> units,
        List<QuestionDefinition> questions) {
      this(
          slug,
          title,
          owner,
          version,
          summary,
          learningOutcomes,
          estimatedMinutes,
          cpdHours,
          challenges,
          priorityAreas,
          settings,
          themes,
          units,
          questions,
          List.of());
    }
  }

  /**
   * An image the module's units show as {@code ![…](images/NAME)}: its name, its alternative text
   * and its bytes as {@link ImageFile} keeps them.
   */
  public record ImageDefinition(String name, String alt, byte[] bytes) {

    @Override
    public boolean equals(Object other) {
      return other instanceof ImageDefinition image
          && name.equals(image.name)
          && alt.equals(image.alt)
          && java.util.Arrays.equals(bytes, image.bytes);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(name, alt, java.util.Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
      return "ImageDefinition[" + name + ", " + alt + ", " + bytes.length + " bytes]";
    }
  }

  public enum UnitKind {
    TEXT,
    VIDEO,
    REFLECTION,
    QUIZ
  }

  /**
   * A unit. TEXT has {@code body} (Markdown); VIDEO has {@code url} and {@code body} (the
   * transcript); REFLECTION has {@code body} (the prompt); QUIZ has the pass mark, question count
   * and attempts.
   */
  public record UnitDefinition(
      UnitKind kind,
      String title,
      String body,
      String url,
      int passMark,
      int questionCount,
      int maxAttempts,
      boolean clinicalClaims,
      List<ReferenceDefinition> references) {

    public UnitDefinition {
      references = references == null ? List.of() : List.copyOf(references);
    }

    /** A unit that makes no clinical claims and cites nothing. */
    public UnitDefinition(
        UnitKind kind,
        String title,
        String body,
        String url,
        int passMark,
        int questionCount,
        int maxAttempts) {
      this(kind, title, body, url, passMark, questionCount, maxAttempts, false, List.of());
    }
  }

  /**
   * A source a unit cites: its title, who published it, the year, where to find it (a web address
   * or a DOI) and when the author last looked. See {@link Citation} for what makes one valid.
   */
  public record ReferenceDefinition(
      String title,
      String publisher,
      Integer year,
      String url,
      String doi,
      java.time.LocalDate accessed) {}

  public enum QuestionType {
    SINGLE,
    MULTIPLE,
    TRUE_FALSE
  }

  public record QuestionDefinition(
      String id, QuestionType type, String text, List<OptionDefinition> options) {}

  public record OptionDefinition(String text, boolean correct, String feedback) {}

  /** A curriculum: co-badged by one or more publishers, made of modules in order. */
  public record CurriculumDefinition(
      String slug,
      String title,
      List<String> publishers,
      int version,
      String summary,
      List<String> professions,
      List<String> learningOutcomes,
      List<String> challenges,
      List<String> priorityAreas,
      List<String> settings,
      List<String> modules) {}

  /** A whole package: its modules and curricula. */
  public record ContentPackage(
      List<ModuleDefinition> modules, List<CurriculumDefinition> curricula) {}
}
