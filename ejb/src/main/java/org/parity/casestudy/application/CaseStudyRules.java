package org.parity.casestudy.application;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.parity.casestudy.domain.CaseStudyContent;
import org.parity.platform.InvalidInput;

/**
 * What a case study's text must be before it is saved: the four sections every study needs, limits
 * on length, and taxonomy codes and module slugs that exist. Pure, so the rules are tested without
 * a server.
 */
public final class CaseStudyRules {

  public static final int TITLE_LIMIT = 200;
  public static final int SHORT_LIMIT = 200;
  public static final int SUMMARY_LIMIT = 1000;
  public static final int SECTION_LIMIT = 8000;
  public static final int CONTACT_LIMIT = 10;

  /** Addresses the case study pages use themselves, never given to a study. */
  public static final java.util.Set<String> RESERVED =
      java.util.Set.of("new", "review", "mine", "attachments", "case-studies");

  private CaseStudyRules() {}

  /**
   * Text brought in from elsewhere (a team's plan, a discussion) cut to fit a section's limit, an
   * ellipsis marking the cut.
   */
  public static String fit(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, limit - 1).strip() + "…";
  }

  /**
   * Throws {@link InvalidInput} with a message key per field at fault. A draft needs only its
   * title; a study {@code complete} enough to submit also needs its summary, problem and
   * intervention.
   *
   * @param taxonomy whether (kind, code) is a known taxonomy value
   * @param modules whether a module slug names a published module
   */
  public static void check(
      CaseStudyContent c,
      boolean complete,
      BiPredicate<String, String> taxonomy,
      Predicate<String> modules) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    required(errors, "title", c.title(), TITLE_LIMIT);
    section(errors, complete, "summary", c.summary(), SUMMARY_LIMIT);
    optional(errors, "setting", c.setting(), SECTION_LIMIT);
    optional(errors, "population", c.population(), SECTION_LIMIT);
    section(errors, complete, "problem", c.problem(), SECTION_LIMIT);
    section(errors, complete, "intervention", c.intervention(), SECTION_LIMIT);
    optional(errors, "outcomes", c.outcomes(), SECTION_LIMIT);
    optional(errors, "costs", c.costs(), SECTION_LIMIT);
    optional(errors, "lessons", c.lessons(), SECTION_LIMIT);
    optional(errors, "organisation", c.organisation(), SHORT_LIMIT);
    if (!blank(c.region()) && !taxonomy.test("region", c.region())) {
      errors.add("region", "caseStudy.error.unknownTerm");
    }
    if (c.contacts().size() > CONTACT_LIMIT
        || c.contacts().stream().anyMatch(l -> l.length() > SHORT_LIMIT)) {
      errors.add("contacts", "caseStudy.error.contacts");
    }
    terms(errors, "challenges", "challenge", c.challenges(), taxonomy);
    terms(errors, "priorityAreas", "priority_area", c.priorityAreas(), taxonomy);
    terms(errors, "professions", "profession", c.professions(), taxonomy);
    terms(errors, "settings", "setting", c.settings(), taxonomy);
    if (c.moduleSlugs().size() > CONTACT_LIMIT || !c.moduleSlugs().stream().allMatch(modules)) {
      errors.add("moduleSlugs", "caseStudy.error.unknownModule");
    }
    errors.throwIfAny();
  }

  /**
   * A lower-case-hyphen address from a title: "Liaison psychiatry, 24/7" →
   * "liaison-psychiatry-24-7".
   */
  public static String slugOf(String title) {
    String plain =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (plain.length() > 80) {
      plain = plain.substring(0, 80).replaceAll("-+$", "");
    }
    return plain.isEmpty() ? "case-study" : plain;
  }

  private static void required(InvalidInput.Collector errors, String field, String v, int limit) {
    if (blank(v)) {
      errors.add(field, "caseStudy.error.required");
    } else if (v.length() > limit) {
      errors.add(field, "caseStudy.error.tooLong");
    }
  }

  private static void section(
      InvalidInput.Collector errors, boolean complete, String field, String v, int limit) {
    if (complete) {
      required(errors, field, v, limit);
    } else {
      optional(errors, field, v, limit);
    }
  }

  private static void optional(InvalidInput.Collector errors, String field, String v, int limit) {
    if (v != null && v.length() > limit) {
      errors.add(field, "caseStudy.error.tooLong");
    }
  }

  private static void terms(
      InvalidInput.Collector errors,
      String field,
      String kind,
      List<String> codes,
      BiPredicate<String, String> taxonomy) {
    if (!codes.stream().allMatch(code -> taxonomy.test(kind, code))) {
      errors.add(field, "caseStudy.error.unknownTerm");
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
