package org.parity.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parity.content.Definitions.ContentPackage;
import org.parity.content.Definitions.CurriculumDefinition;
import org.parity.content.Definitions.ImageDefinition;
import org.parity.content.Definitions.ModuleDefinition;
import org.parity.content.Definitions.OptionDefinition;
import org.parity.content.Definitions.QuestionDefinition;
import org.parity.content.Definitions.QuestionType;
import org.parity.content.Definitions.ReferenceDefinition;
import org.parity.content.Definitions.UnitDefinition;
import org.parity.content.Definitions.UnitKind;

/** What the writer exports, the reader reads back as the very same definitions. */
class RoundTripTest {

  static ContentPackage sample() {
    ModuleDefinition module =
        new ModuleDefinition(
            "perinatal-basics",
            "Perinatal mental health: the basics",
            "college-of-whole-person-care-demo",
            3,
            "Summary with a colon: and a # hash, and 'quotes'.",
            List.of("Recognise warning signs", "Know the local pathway"),
            45,
            0.75,
            List.of("LTC_MENTAL_HEALTH"),
            List.of("PERINATAL"),
            List.of("MATERNITY", "PRIMARY_CARE"),
            List.of("WHOLE_PERSON"),
            List.of(
                new UnitDefinition(
                    UnitKind.TEXT,
                    "Why it matters",
                    "# Why\n\nBecause **it does**.\n\n![](images/care-plan.png)\n",
                    null,
                    0,
                    0,
                    0,
                    true,
                    List.of(
                        new ReferenceDefinition(
                            "Guidance: with a colon (NG1)",
                            "NICE",
                            2022,
                            "https://www.nice.org.uk/guidance/ng1",
                            null,
                            java.time.LocalDate.of(2026, 11, 20)),
                        new ReferenceDefinition(
                            "A trial", null, null, null, "10.1136/bmj.k1234", null))),
                new UnitDefinition(
                    UnitKind.VIDEO,
                    "A consultation",
                    "Transcript: hello.\n",
                    "https://example.org/v",
                    0,
                    0,
                    0),
                new UnitDefinition(
                    UnitKind.REFLECTION,
                    "Your practice",
                    "Think of a time: what changed?",
                    null,
                    0,
                    0,
                    0),
                new UnitDefinition(UnitKind.QUIZ, "Check", null, null, 1, 2, 3)),
            List.of(
                new QuestionDefinition(
                    "q1",
                    QuestionType.SINGLE,
                    "Which is true?",
                    List.of(
                        new OptionDefinition("This", true, "Yes."),
                        new OptionDefinition("That", false, "No."))),
                new QuestionDefinition(
                    "q2",
                    QuestionType.TRUE_FALSE,
                    "Mood matters: true?",
                    List.of(
                        new OptionDefinition("True", true, "Yes."),
                        new OptionDefinition("False", false, "No.")))),
            List.of(
                new ImageDefinition(
                    "care-plan.png", "A care plan: mood, medicines, next review", plan())));
    CurriculumDefinition curriculum =
        new CurriculumDefinition(
            "foundations",
            "Whole-person care: foundations",
            List.of(
                "college-of-whole-person-care-demo", "primary-care-learning-collaborative-demo"),
            2,
            "The common foundation.",
            List.of("GP", "ADULT_NURSE"),
            List.of("Work across physical and mental health"),
            List.of("MUS"),
            List.of("PERINATAL"),
            List.of("PRIMARY_CARE"),
            List.of("perinatal-basics"));
    return new ContentPackage(List.of(module), List.of(curriculum));
  }

  /** A small PNG as the studio and the reader keep it. */
  static byte[] plan() {
    try {
      return ImageFile.accept(ImageFileTest.png(40, 20)).bytes();
    } catch (ImageFile.Refused e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anExportedPackageReadsBackIdentically() {
    ContentPackage original = sample();
    PackageReader.Result read =
        PackageReader.read(PackageFiles.fromZip(PackageWriter.zip(original)), Set.of());
    assertThat(read.problems()).isEmpty();
    assertThat(read.content()).contains(original);
  }
}
