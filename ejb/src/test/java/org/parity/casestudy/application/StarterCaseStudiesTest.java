package org.parity.casestudy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parity.casestudy.application.StarterCaseStudyFiles.Starter;

/** The starter case studies as shipped: enough of them, valid, and covering the whole taxonomy. */
class StarterCaseStudiesTest {

  private final ClassLoader loader = getClass().getClassLoader();
  private final List<Starter> starters = StarterCaseStudyFiles.readAll(loader);

  @Test
  void thereAreAtLeastTwelveWithUniqueSlugs() {
    assertThat(starters).hasSizeGreaterThanOrEqualTo(12);
    assertThat(starters.stream().map(Starter::slug).collect(Collectors.toSet()))
        .hasSameSizeAs(starters);
  }

  /** The index is written by hand: a file left out of it would never be imported. */
  @Test
  void theIndexListsEveryFile() throws Exception {
    java.net.URL folder = loader.getResource("parity-content/case-studies/index.txt");
    assertThat(folder).isNotNull();
    if (folder.getProtocol().equals("file")) {
      try (var files =
          java.nio.file.Files.list(java.nio.file.Path.of(folder.toURI()).getParent())) {
        assertThat(
                files
                    .map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.replace(".yaml", "")))
            .containsExactlyInAnyOrderElementsOf(starters.stream().map(Starter::slug).toList());
      }
    }
  }

  @Test
  void everyPriorityAreaAndChallengeAppears() throws IOException {
    Set<String> areas = new HashSet<>();
    Set<String> challenges = new HashSet<>();
    starters.forEach(
        s -> {
          areas.addAll(s.content().priorityAreas());
          challenges.addAll(s.content().challenges());
        });

    Set<String> taxonomy = taxonomy();
    assertThat(areas).containsAll(codes(taxonomy, "priority_area")).hasSize(10);
    assertThat(challenges).containsAll(codes(taxonomy, "challenge")).hasSize(4);
  }

  @Test
  void eachIsCompleteUsesKnownTermsAndModulesAndHasNumbers() throws IOException {
    Set<String> taxonomy = taxonomy();
    for (Starter s : starters) {
      assertThat(s.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(s.publishedOn()).as(s.slug()).isNotNull();
      assertThatCode(
              () ->
                  CaseStudyRules.check(
                      s.content(),
                      true,
                      (kind, code) -> taxonomy.contains(kind + "/" + code),
                      slug ->
                          loader.getResource("parity-content/modules/" + slug + "/module.yaml")
                              != null))
          .as(s.slug())
          .doesNotThrowAnyException();
      assertThat(s.content().organisation()).as(s.slug()).endsWith("(example)");
      assertThat(s.content().outcomes()).as(s.slug()).containsPattern("[0-9]");
      assertThat(s.content().costs()).as(s.slug()).contains("£");
      int words = words(s);
      assertThat(words).as(s.slug() + " words").isBetween(150, 300);
    }
  }

  private static int words(Starter s) {
    var c = s.content();
    return List.of(
            c.summary(),
            c.setting(),
            c.population(),
            c.problem(),
            c.intervention(),
            c.outcomes(),
            c.costs(),
            c.lessons())
        .stream()
        .mapToInt(t -> t.isBlank() ? 0 : t.trim().split("\\s+").length)
        .sum();
  }

  private static Set<String> codes(Set<String> taxonomy, String kind) {
    return taxonomy.stream()
        .filter(t -> t.startsWith(kind + "/"))
        .map(t -> t.substring(kind.length() + 1))
        .collect(Collectors.toSet());
  }

  /** "kind/CODE" for every value the taxonomy migration seeds. */
  private Set<String> taxonomy() throws IOException {
    try (InputStream in = loader.getResourceAsStream("db/migration/V2__taxonomy.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("\\('([a-z_]+)', '([A-Z_0-9]+)'").matcher(sql);
      Set<String> all = new HashSet<>();
      while (m.find()) {
        all.add(m.group(1) + "/" + m.group(2));
      }
      return all;
    }
  }
}
