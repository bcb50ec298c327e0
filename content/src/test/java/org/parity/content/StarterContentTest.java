package org.parity.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The content Parity ships passes its own validator: a broken starter package fails the build. */
class StarterContentTest {

  private static final Path STARTER = Path.of("src/main/resources/parity-content");

  @Test
  void theStarterPackageHasNoProblem() {
    PackageReader.Result result = PackageReader.read(PackageFiles.fromFolder(STARTER), Set.of());
    assertThat(result.problems())
        .as("problems in the starter content (file:line: message)")
        .isEmpty();
  }

  @Test
  void theStarterFrameworksHaveNoProblemAndMapEveryStarterModule() {
    PackageFiles files = PackageFiles.fromFolder(STARTER);
    var modules = PackageReader.read(files, Set.of()).content().orElseThrow().modules();
    var read =
        FrameworkReader.readAll(
            files,
            modules.stream()
                .collect(
                    Collectors.toMap(
                        Definitions.ModuleDefinition::slug,
                        Definitions.ModuleDefinition::learningOutcomes)));
    assertThat(read.problems()).as("problems in the starter frameworks").isEmpty();
    assertThat(read.content().orElseThrow())
        .extracting(FrameworkReader.FrameworkDefinition::owner)
        .containsExactlyInAnyOrder(
            "college-of-whole-person-care-demo", "primary-care-learning-collaborative-demo");
    for (var framework : read.content().orElseThrow()) {
      assertThat(framework.mappings().stream().map(FrameworkReader.MappingDefinition::module))
          .as("modules mapped to " + framework.slug())
          .containsAll(modules.stream().map(Definitions.ModuleDefinition::slug).toList());
    }
  }

  @Test
  void theStarterPackageLivesWhereTheImporterReadsIt() {
    assertThat(Files.isDirectory(STARTER.resolve("modules"))).isTrue();
  }
}
