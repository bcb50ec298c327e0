package org.parity.casestudy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.parity.casestudy.domain.CaseStudyContent;
import org.parity.platform.InvalidInput;

class CaseStudyRulesTest {

  private static final Set<String> KNOWN =
      Set.of("challenge/MUS", "priority_area/PERINATAL", "setting/MATERNITY", "region/WALES");
  private static final BiPredicate<String, String> TAXONOMY =
      (kind, code) -> KNOWN.contains(kind + "/" + code);
  private static final Predicate<String> MODULES = "perinatal-mental-health"::equals;

  @Test
  void aDraftNeedsOnlyATitle() {
    CaseStudyContent draft = content("A title", "", "", "", List.of("MUS"), List.of());

    assertThatCode(() -> CaseStudyRules.check(draft, false, TAXONOMY, MODULES))
        .doesNotThrowAnyException();
  }

  @Test
  void aDraftWithoutATitleIsRefusedBesideTheTitle() {
    InvalidInput refused =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                CaseStudyRules.check(
                    content(" ", "", "", "", List.of(), List.of()), false, TAXONOMY, MODULES));

    assertThat(refused.fieldErrors()).containsOnly(entry("title", "caseStudy.error.required"));
  }

  @Test
  void aSubmissionNeedsSummaryProblemAndIntervention() {
    InvalidInput refused =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                CaseStudyRules.check(
                    content("Title", "", "", "", List.of(), List.of()), true, TAXONOMY, MODULES));

    assertThat(refused.fieldErrors().keySet())
        .containsExactly("summary", "problem", "intervention");
  }

  @Test
  void unknownTaxonomyCodesAndModulesAreRefused() {
    InvalidInput refused =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                CaseStudyRules.check(
                    content("T", "S", "P", "I", List.of("NOT_A_CHALLENGE"), List.of("no-module")),
                    true,
                    TAXONOMY,
                    MODULES));

    assertThat(refused.fieldErrors())
        .containsEntry("challenges", "caseStudy.error.unknownTerm")
        .containsEntry("moduleSlugs", "caseStudy.error.unknownModule");
  }

  @Test
  void overlongTextIsRefused() {
    String tooLong = "x".repeat(CaseStudyRules.TITLE_LIMIT + 1);
    InvalidInput refused =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                CaseStudyRules.check(
                    content(tooLong, "S", "P", "I", List.of(), List.of()),
                    true,
                    TAXONOMY,
                    MODULES));

    assertThat(refused.fieldErrors()).containsOnly(entry("title", "caseStudy.error.tooLong"));
  }

  @Test
  void aCompleteStudyWithKnownTermsPasses() {
    assertThatCode(
            () ->
                CaseStudyRules.check(
                    content("T", "S", "P", "I", List.of("MUS"), List.of("perinatal-mental-health")),
                    true,
                    TAXONOMY,
                    MODULES))
        .doesNotThrowAnyException();
  }

  @Test
  void slugsAreLowerCaseHyphenated() {
    assertThat(CaseStudyRules.slugOf("Liaison psychiatry, 24/7 — in Ysbyty Gwynedd!"))
        .isEqualTo("liaison-psychiatry-24-7-in-ysbyty-gwynedd");
    assertThat(CaseStudyRules.slugOf("Café à la carte")).isEqualTo("cafe-a-la-carte");
    assertThat(CaseStudyRules.slugOf("!!!")).isEqualTo("case-study");
    assertThat(CaseStudyRules.slugOf("a".repeat(120))).hasSize(80);
  }

  private static java.util.Map.Entry<String, String> entry(String k, String v) {
    return java.util.Map.entry(k, v);
  }

  private static CaseStudyContent content(
      String title,
      String summary,
      String problem,
      String intervention,
      List<String> challenges,
      List<String> modules) {
    return new CaseStudyContent(
        title,
        summary,
        "",
        "",
        problem,
        intervention,
        "",
        "",
        "",
        "",
        "WALES",
        List.of("Dr A, lead"),
        challenges,
        List.of("PERINATAL"),
        List.of(),
        List.of("MATERNITY"),
        modules);
  }
}
