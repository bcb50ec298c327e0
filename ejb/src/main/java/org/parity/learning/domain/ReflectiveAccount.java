package org.parity.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A reflective account in the shape nurses (NMC) and doctors (GMC) use for revalidation: what
 * happened, what was learned, how it changed practice, and which standard of the professional code
 * it relates to.
 */
@Embeddable
public record ReflectiveAccount(
    @Column(name = "what_happened") String whatHappened,
    @Column(name = "what_learned") String whatLearned,
    @Column(name = "how_changed") String howChanged,
    @Column(name = "code_standard") String codeStandard) {

  public static final ReflectiveAccount EMPTY = new ReflectiveAccount(null, null, null, null);
  public static final int LIMIT = 10_000;

  public ReflectiveAccount {
    whatHappened = tidy(whatHappened, LIMIT);
    whatLearned = tidy(whatLearned, LIMIT);
    howChanged = tidy(howChanged, LIMIT);
    codeStandard = tidy(codeStandard, 300);
  }

  private static String tidy(String value, int limit) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > limit) {
      throw new LearningException(
          "A reflective account field can be at most " + limit + " characters.",
          "cpd.error.long",
          limit);
    }
    return stripped;
  }

  public boolean isWritten() {
    return whatHappened != null || whatLearned != null || howChanged != null;
  }
}
