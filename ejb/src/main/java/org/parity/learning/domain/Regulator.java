package org.parity.learning.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The regulators whose revalidation, appraisal or audit Parity prepares records for, each with the
 * period it looks back over.
 */
public enum Regulator {
  NMC("Nursing and Midwifery Council", 3),
  GMC("General Medical Council", 1),
  HCPC("Health and Care Professions Council", 2);

  private final String fullName;
  private final int years;

  Regulator(String fullName, int years) {
    this.fullName = fullName;
    this.years = years;
  }

  public String fullName() {
    return fullName;
  }

  /**
   * How many years its records look back: NMC's three-year cycle, GMC's yearly appraisal, HCPC's
   * two-year renewal.
   */
  public int years() {
    return years;
  }

  /** The regulator a profile's registration body names ("NMC", "General Medical Council", …). */
  public static Optional<Regulator> named(String registrationBody) {
    if (registrationBody == null) {
      return Optional.empty();
    }
    String body = registrationBody.toLowerCase(Locale.ROOT);
    for (Regulator regulator : values()) {
      if (body.contains(regulator.name().toLowerCase(Locale.ROOT))
          || body.contains(regulator.fullName.toLowerCase(Locale.ROOT))) {
        return Optional.of(regulator);
      }
    }
    return Optional.empty();
  }
}
