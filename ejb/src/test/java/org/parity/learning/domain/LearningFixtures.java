package org.parity.learning.domain;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parity.curriculum.domain.Curriculum;
import org.parity.curriculum.domain.CurriculumDetails;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleDetails;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.QuestionContent;
import org.parity.curriculum.domain.QuestionOption;
import org.parity.curriculum.domain.QuestionType;
import org.parity.curriculum.domain.SharedModule;
import org.parity.curriculum.domain.UnitContent;
import org.parity.curriculum.domain.UnitKind;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Organisation;
import org.parity.identity.domain.Profile;

/** Published modules and curricula built in memory, with ids as the database would give them. */
public final class LearningFixtures {

  public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  public static final Organisation COLLEGE =
      new Organisation("College of Whole-Person Care", Organisation.Kind.COLLEGE, NOW);

  private static long nextId = 1000;

  private LearningFixtures() {}

  public static Account learner() {
    Account account =
        new Account(
            "nurse@example.org",
            new Profile("Nia Nurse", "NURSE", "Trust", null, null, "WALES"),
            "hash",
            NOW);
    setId(account, nextId++);
    return account;
  }

  /**
   * A published module: a text unit, then a quiz of {@code quizSize} questions (pass mark {@code
   * passMark}, {@code maxAttempts}) from a bank of {@code bankSize}; the first option is right.
   */
  public static ModuleVersion module(
      String slug, int quizSize, int passMark, int maxAttempts, int bankSize) {
    SharedModule shared = new SharedModule(slug, COLLEGE, NOW);
    setId(shared, nextId++);
    ModuleVersion version =
        new ModuleVersion(
            shared,
            1,
            new ModuleDetails(
                "Module " + slug,
                "Summary",
                List.of("Outcome"),
                30,
                new BigDecimal("0.5"),
                List.of("MUS"),
                List.of("MUS_PRIMARY_CARE"),
                List.of("PRIMARY_CARE"),
                List.of()),
            NOW);
    setId(version, nextId++);
    setId(
        version.addUnit(new UnitContent(UnitKind.TEXT, "Read", "Some *text*", null, 0, 0, 0)),
        nextId++);
    setId(
        version.addUnit(
            new UnitContent(UnitKind.QUIZ, "Check", null, null, passMark, quizSize, maxAttempts)),
        nextId++);
    for (int i = 0; i < bankSize; i++) {
      setId(
          version.addQuestion(
              new QuestionContent(
                  "q" + i,
                  i == 0 ? QuestionType.MULTIPLE : QuestionType.SINGLE,
                  "Question " + i,
                  i == 0
                      ? List.of(
                          new QuestionOption("Right A", true, "Yes"),
                          new QuestionOption("Right B", true, "Yes too"),
                          new QuestionOption("Wrong", false, "No"))
                      : List.of(
                          new QuestionOption("Right", true, "Yes"),
                          new QuestionOption("Wrong", false, "No"),
                          new QuestionOption("Also wrong", false, "No")))),
          nextId++);
    }
    version.submitForReview();
    version.lifecycle().publish(NOW);
    return version;
  }

  public static CurriculumVersion curriculum(
      Curriculum curriculum, int number, ModuleVersion... modules) {
    CurriculumVersion version =
        new CurriculumVersion(
            curriculum,
            number,
            new CurriculumDetails(
                "Foundations",
                "Summary",
                List.of("Outcome"),
                List.of(),
                List.of(),
                List.of(),
                List.of()),
            new ArrayList<>(List.of(COLLEGE)),
            NOW);
    setId(version, nextId++);
    for (ModuleVersion module : modules) {
      version.include(module);
    }
    version.lifecycle().publishDirectly(NOW);
    return version;
  }

  public static Curriculum newCurriculum() {
    Curriculum curriculum = new Curriculum("foundations", COLLEGE, NOW);
    setId(curriculum, nextId++);
    return curriculum;
  }

  public static void setId(Object entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
