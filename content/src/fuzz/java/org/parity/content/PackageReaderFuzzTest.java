package org.parity.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fuzzes the package reader: whatever bytes arrive as an upload, it answers with content or with
 * problems, never both, never neither, and never with an exception. Runs only in the fuzz profile:
 * {@code JAZZER_FUZZ=1 ./mvnw -Pfuzz -pl content test}.
 */
class PackageReaderFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void anyUploadIsAnsweredWithContentOrProblems(byte[] upload) {
    check(PackageReader.read(PackageFiles.fromZip(upload), Set.of()));
  }

  @FuzzTest(maxDuration = "2m")
  void anyModuleYamlIsAnsweredWithContentOrProblems(FuzzedDataProvider data) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("modules/m/module.yaml", data.consumeString(4000));
    files.put("modules/m/questions.yaml", data.consumeString(4000));
    files.put("modules/m/" + data.consumeString(40), data.consumeString(200));
    files.put("curricula/c/curriculum.yaml", data.consumeRemainingAsString());
    check(PackageReader.read(PackageFiles.fromZip(PackageWriterFixture.zip(files)), Set.of("m")));
  }

  private static void check(PackageReader.Result result) {
    assertThat(result.content().isPresent()).isNotEqualTo(!result.problems().isEmpty());
    result.problems().forEach(problem -> assertThat(problem.message()).isNotBlank());
  }
}
