package org.parity.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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
  void theStarterPackageLivesWhereTheImporterReadsIt() {
    assertThat(Files.isDirectory(STARTER.resolve("modules"))).isTrue();
  }
}
