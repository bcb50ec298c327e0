package org.parity.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FrameworkReaderTest {

  private static final String FRAMEWORK =
      """
      slug: demo-outcomes
      title: Demo outcomes
      owner: demo-college
      version: "2026"
      outcomes:
        - {code: A1, group: Assessment, title: Recognise low mood}
        - {code: A2, group: Assessment, title: Recognise physical risk}
      """;

  @Test
  void aCsvGivesItsOutcomesInOrder() {
    var read =
        FrameworkReader.readCsv(
            "outcomes.csv",
            "code,group,title\nA1,Assessment,Recognise low mood\n"
                + "A2,Assessment,\"Plan care, with the person\"\n");
    assertThat(read.problems()).isEmpty();
    assertThat(read.content().orElseThrow())
        .containsExactly(
            new FrameworkReader.OutcomeDefinition("A1", "Assessment", "Recognise low mood"),
            new FrameworkReader.OutcomeDefinition(
                "A2", "Assessment", "Plan care, with the person"));
  }

  @Test
  void aCsvReportsEveryBadRowByLineAndYieldsNothing() {
    var read =
        FrameworkReader.readCsv(
            "outcomes.csv",
            "code,group,title\nA1,Assessment,Fine\nA1,Assessment,Again\nbad code!,,\n");
    assertThat(read.content()).isEmpty();
    assertThat(read.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "outcomes.csv:3: The code A1 appears twice.",
            "outcomes.csv:4: 'bad code!' is not an outcome code: letters, digits, dots, hyphens,"
                + " at most 40.",
            "outcomes.csv:4: Outcome bad code! needs a group.",
            "outcomes.csv:4: Outcome bad code! needs a title.");
  }

  @Test
  void aCsvWithoutTheHeaderOrRowsIsRefused() {
    assertThat(FrameworkReader.readCsv("o.csv", "A1,Assessment,Fine\n").problems())
        .extracting(Problem::message)
        .containsExactly("The first row must name the columns: code,group,title.");
    assertThat(FrameworkReader.readCsv("o.csv", "code,group,title\n").problems())
        .extracting(Problem::message)
        .containsExactly("A framework needs at least one outcome.");
  }

  @Test
  void anUploadedYamlReadsButMayNotMapModules() {
    var read = FrameworkReader.readYaml("framework.yaml", FRAMEWORK);
    assertThat(read.problems()).isEmpty();
    var framework = read.content().orElseThrow();
    assertThat(framework.title()).isEqualTo("Demo outcomes");
    assertThat(framework.version()).isEqualTo("2026");
    assertThat(framework.outcomes()).hasSize(2);

    var mapping =
        FrameworkReader.readYaml(
            "framework.yaml", FRAMEWORK + "mappings:\n  - {module: m, outcome: 1, codes: [A1]}\n");
    assertThat(mapping.content()).isEmpty();
  }

  @Test
  void aPackageMappingMustNameAModuleOutcomeAndCodesThatExist() {
    Map<String, byte[]> files = new TreeMap<>();
    files.put(
        "frameworks/demo-outcomes/framework.yaml",
        (FRAMEWORK
                + "mappings:\n"
                + "  - {module: low-mood, outcome: 1, codes: [A1, A2]}\n"
                + "  - {module: low-mood, outcome: 3, codes: [A1]}\n"
                + "  - {module: missing, outcome: 1, codes: [A1]}\n"
                + "  - {module: low-mood, outcome: 2, codes: [Z9]}\n")
            .getBytes(StandardCharsets.UTF_8));
    var read =
        FrameworkReader.readAll(
            PackageFiles.fromMap(files), Map.of("low-mood", List.of("First", "Second")));
    assertThat(read.content()).isEmpty();
    assertThat(read.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "frameworks/demo-outcomes/framework.yaml:10: Module 'low-mood' has 2 learning"
                + " outcomes, not 3.",
            "frameworks/demo-outcomes/framework.yaml:11: No module 'missing' in the package.",
            "frameworks/demo-outcomes/framework.yaml:12: No outcome 'Z9' in this framework.");
  }

  @Test
  void theFolderNamesTheFramework() {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("frameworks/other/framework.yaml", FRAMEWORK.getBytes(StandardCharsets.UTF_8));
    assertThat(FrameworkReader.readAll(PackageFiles.fromMap(files), Map.of()).problems())
        .extracting(Problem::message)
        .containsExactly("'slug' (demo-outcomes) must equal the folder's name (other).");
  }
}
