package org.parity.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class PackageReaderTest {

  private static final String MODULE =
      """
      slug: carers-wellbeing
      title: Supporting carers
      owner: college-of-whole-person-care-demo
      version: 1
      summary: Carers' own mental health.
      learningOutcomes:
        - Recognise carer strain
      estimatedMinutes: 30
      cpdHours: 0.5
      challenges: [PSYCH_SUPPORT]
      priorityAreas: [CARERS]
      settings: [COMMUNITY]
      themes: [FAMILY_CARERS]
      units:
        - kind: TEXT
          title: Why carers matter
          file: 01-why.md
        - kind: REFLECTION
          title: Your practice
          prompt: Think of a carer you met recently.
        - kind: QUIZ
          title: Check
          passMark: 1
          questionCount: 2
      """;

  private static final String QUESTIONS =
      """
      questions:
        - id: q1
          type: SINGLE
          text: Who is a carer?
          options:
            - text: Anyone who looks after someone unpaid
              correct: true
              feedback: Yes.
            - text: Only paid staff
              correct: false
              feedback: No.
        - id: q2
          type: TRUE_FALSE
          text: Carers are often unaware of support.
          options:
            - text: "True"
              correct: true
              feedback: Yes.
            - text: "False"
              correct: false
              feedback: No.
      """;

  private static final String CURRICULUM =
      """
      slug: foundations
      title: "Whole-person care: foundations"
      publishers: [college-of-whole-person-care-demo]
      version: 1
      summary: The foundation.
      professions: [GP]
      learningOutcomes: [Work across physical and mental health]
      modules:
        - carers-wellbeing
      """;

  private static Map<String, String> validPackage() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("modules/carers-wellbeing/module.yaml", MODULE);
    files.put("modules/carers-wellbeing/01-why.md", "# Why carers matter\n\nText.");
    files.put("modules/carers-wellbeing/questions.yaml", QUESTIONS);
    files.put("curricula/foundations/curriculum.yaml", CURRICULUM);
    return files;
  }

  private static byte[] zip(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static PackageReader.Result read(Map<String, String> files) {
    return PackageReader.read(PackageFiles.fromZip(zip(files)), Set.of());
  }

  @Test
  void readsAValidPackage() {
    PackageReader.Result result = read(validPackage());
    assertThat(result.problems()).isEmpty();
    var content = result.content().orElseThrow();
    assertThat(content.modules())
        .singleElement()
        .satisfies(
            module -> {
              assertThat(module.units()).hasSize(3);
              assertThat(module.questions()).hasSize(2);
              assertThat(module.units().get(0).body()).contains("Why carers matter");
            });
    assertThat(content.curricula())
        .singleElement()
        .satisfies(c -> assertThat(c.modules()).containsExactly("carers-wellbeing"));
  }

  private static final String CITED =
      """
          file: 01-why.md
          clinicalClaims: true
          references:
            - title: "Depression in adults: treatment and management (NG222)"
              publisher: "National Institute for Health and Care Excellence"
              year: 2022
              url: "https://www.nice.org.uk/guidance/ng222"
              accessed: 2026-11-20
            - title: A trial
              doi: 10.1136/bmj.k1234
      """;

  @Test
  void aUnitCarriesItsSourcesAndWhetherItMakesClinicalClaims() {
    Map<String, String> files = validPackage();
    files.put(
        "modules/carers-wellbeing/module.yaml", MODULE.replace("    file: 01-why.md\n", CITED));
    PackageReader.Result result = read(files);
    assertThat(result.problems()).isEmpty();
    var unit = result.content().orElseThrow().modules().get(0).units().get(0);
    assertThat(unit.clinicalClaims()).isTrue();
    assertThat(unit.references())
        .extracting(r -> r.title(), r -> r.year(), r -> r.url(), r -> r.doi())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Depression in adults: treatment and management (NG222)",
                2022,
                "https://www.nice.org.uk/guidance/ng222",
                null),
            org.assertj.core.groups.Tuple.tuple("A trial", null, null, "10.1136/bmj.k1234"));
    assertThat(unit.references().get(0).accessed()).isEqualTo(java.time.LocalDate.of(2026, 11, 20));
  }

  @Test
  void aUnitMakingClinicalClaimsWithoutSourcesIsRefused() {
    Map<String, String> files = validPackage();
    files.put(
        "modules/carers-wellbeing/module.yaml",
        MODULE.replace("    file: 01-why.md\n", "    file: 01-why.md\n    clinicalClaims: true\n"));
    assertThat(read(files).problems())
        .anySatisfy(p -> assertThat(p.message()).contains("must cite its sources"));
  }

  @Test
  void everyBadSourceIsReportedOnItsLine() {
    Map<String, String> files = validPackage();
    files.put(
        "modules/carers-wellbeing/module.yaml",
        MODULE.replace(
            "    file: 01-why.md\n",
            """
                file: 01-why.md
                references:
                  - publisher: Nobody
                    url: http://insecure.example/page
                  - title: Old
                    year: 1700
                    doi: not-a-doi
                  - title: From the future
                    url: https://example.org/x
                    accessed: 2999-01-01
                  - title: Nowhere
                  - title: Bad date
                    url: https://example.org/y
                    accessed: 20/11/2026
            """));
    assertThat(read(files).problems())
        .allSatisfy(p -> assertThat(p.line()).isPositive())
        .extracting(Problem::message)
        .contains(
            "A source needs a title (up to 300 characters).",
            "A source's web address must start with https://, and a DOI look like 10.1234/abc.",
            "A source cannot have been accessed after today.",
            "A source needs a web address (https://…) or a DOI (10.…/…) to find it by.",
            "'accessed' must be a date written as 2026-11-20.")
        .anySatisfy(m -> assertThat(m).contains("'year'"));
  }

  @Test
  void aZipMadeOfTheWholeFolderReadsTheSame() {
    Map<String, String> nested = new LinkedHashMap<>();
    validPackage().forEach((path, text) -> nested.put("my-package/" + path, text));
    assertThat(read(nested).problems()).isEmpty();
  }

  @Test
  void brokenYamlIsReportedWithItsFileAndLine() {
    Map<String, String> files = validPackage();
    files.put("modules/carers-wellbeing/module.yaml", MODULE.replace("version: 1", "version: [1"));
    PackageReader.Result result = read(files);
    assertThat(result.content()).isEmpty();
    assertThat(result.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("modules/carers-wellbeing/module.yaml");
              assertThat(p.line()).isPositive();
              assertThat(p.message()).startsWith("Broken YAML");
            });
  }

  @Test
  void aPassMarkAboveTheQuestionCountIsRefusedOnItsLine() {
    Map<String, String> files = validPackage();
    files.put("modules/carers-wellbeing/module.yaml", MODULE.replace("passMark: 1", "passMark: 3"));
    assertThat(read(files).problems())
        .anySatisfy(
            p -> {
              assertThat(p.toString()).startsWith("modules/carers-wellbeing/module.yaml:");
              assertThat(p.message()).contains("'passMark' (3) is more than 'questionCount' (2)");
            });
  }

  @Test
  void aQuizAskingForMoreQuestionsThanTheBankHasIsRefused() {
    Map<String, String> files = validPackage();
    files.put(
        "modules/carers-wellbeing/module.yaml",
        MODULE.replace("questionCount: 2", "questionCount: 9"));
    assertThat(read(files).problems())
        .anySatisfy(p -> assertThat(p.message()).contains("more than the 2 questions"));
  }

  @Test
  void aCurriculumLinkingAMissingModuleIsRefusedUnlessItIsPublishedAlready() {
    Map<String, String> files = validPackage();
    files.put("curricula/foundations/curriculum.yaml", CURRICULUM + "  - perinatal-basics\n");
    assertThat(read(files).problems())
        .anySatisfy(
            p -> assertThat(p.message()).contains("'perinatal-basics' is neither in this package"));
    assertThat(
            PackageReader.read(PackageFiles.fromZip(zip(files)), Set.of("perinatal-basics"))
                .problems())
        .isEmpty();
  }

  @Test
  void everyProblemIsListedNotOnlyTheFirst() {
    Map<String, String> files = validPackage();
    files.put(
        "modules/carers-wellbeing/module.yaml",
        MODULE
            .replace("cpdHours: 0.5", "cpdHours: lots")
            .replace("file: 01-why.md", "file: 99-missing.md"));
    files.put(
        "modules/carers-wellbeing/questions.yaml",
        QUESTIONS.replace(
            "correct: false\n        feedback: No.\n  - id: q2",
            "correct: true\n        feedback: No.\n  - id: q2"));
    assertThat(read(files).problems())
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("'cpdHours' must be a number"))
        .anySatisfy(
            m -> assertThat(m).contains("99-missing.md, which is not in the module's folder"))
        .anySatisfy(
            m -> assertThat(m).contains("SINGLE question needs exactly one correct option"));
  }

  @Test
  void pathsThatLeaveThePackageAreRefused() {
    Map<String, String> files = validPackage();
    files.put("../../etc/cron.d/evil", "* * * * * root rm -rf /");
    files.put("modules/../../escape.yaml", "x: 1");
    assertThat(read(files).problems())
        .extracting(Problem::message)
        .filteredOn(m -> m.contains("leaves the package"))
        .hasSize(2);
    assertThat(PackageFiles.isUnsafe("/etc/passwd")).isTrue();
    assertThat(PackageFiles.isUnsafe("C:/Windows/x")).isTrue();
    assertThat(PackageFiles.isUnsafe("modules/a/b.md")).isFalse();
  }

  @Test
  void aPackageOverFiftyMegabytesIsRefusedBeforeItIsUnpacked() {
    byte[] huge = new byte[(int) PackageFiles.MAX_BYTES + 1];
    PackageReader.Result result = PackageReader.read(PackageFiles.fromZip(huge), Set.of());
    assertThat(result.content()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::message)
        .contains("The package is larger than 50 MB.");
  }

  @Test
  void somethingThatIsNotAZipIsRefused() {
    PackageReader.Result result =
        PackageReader.read(
            PackageFiles.fromZip("not a zip".getBytes(StandardCharsets.UTF_8)), Set.of());
    assertThat(result.isValid()).isFalse();
  }

  private static PackageReader.Result readWith(
      Map<String, String> files, Map<String, byte[]> images) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      for (var file : images.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return PackageReader.read(PackageFiles.fromZip(bytes.toByteArray()), Set.of());
  }

  private static Map<String, String> withImages(String images, String body) {
    Map<String, String> files = validPackage();
    files.put("modules/carers-wellbeing/module.yaml", MODULE + images);
    files.put("modules/carers-wellbeing/01-why.md", body);
    return files;
  }

  @Test
  void aModuleCarriesImagesWithTheirAlternativeText() {
    PackageReader.Result result =
        readWith(
            withImages(
                "images:\n  - file: images/carer-map.png\n    alt: Who a carer can ask for help\n",
                "# Why\n\n![](images/carer-map.png)"),
            Map.of("modules/carers-wellbeing/images/carer-map.png", ImageFileTest.png(60, 30)));
    assertThat(result.problems()).isEmpty();
    var image = result.content().orElseThrow().modules().get(0).images().get(0);
    assertThat(image.name()).isEqualTo("carer-map.png");
    assertThat(image.alt()).isEqualTo("Who a carer can ask for help");
    assertThat(image.bytes()).isNotEmpty();
  }

  @Test
  void everyBadImageIsReported() {
    String images =
        """
        images:
          - file: images/no-alt.png
          - file: images/missing.png
            alt: Not in the package
          - file: images/not-a-picture.png
            alt: A text file
          - file: images/really-a-png.jpg
            alt: Named as the wrong type
          - file: ../escape.png
            alt: Outside
        """;
    PackageReader.Result result =
        readWith(
            withImages(images, "# Why\n\n![](images/unlisted.png)"),
            Map.of(
                "modules/carers-wellbeing/images/no-alt.png", ImageFileTest.png(5, 5),
                "modules/carers-wellbeing/images/not-a-picture.png",
                    "hello".getBytes(StandardCharsets.UTF_8),
                "modules/carers-wellbeing/images/really-a-png.jpg", ImageFileTest.png(5, 5)));
    assertThat(result.isValid()).isFalse();
    assertThat(result.problems())
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("'alt' is required"))
        .anySatisfy(
            m ->
                assertThat(m).contains("File missing: modules/carers-wellbeing/images/missing.png"))
        .anySatisfy(m -> assertThat(m).contains("Only PNG, JPEG and SVG"))
        .anySatisfy(m -> assertThat(m).contains("holds a PNG image: its name must end .png"))
        .anySatisfy(m -> assertThat(m).contains("'file' must be images/NAME"))
        .anySatisfy(m -> assertThat(m).contains("shows images/unlisted.png"));
  }
}
