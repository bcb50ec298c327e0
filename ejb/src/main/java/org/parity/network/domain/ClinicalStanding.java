package org.parity.network.domain;

/**
 * Where a post stands after a clinical-safety flag: under review until a clinical reviewer answers
 * that it is fine, corrects it (their correction shown under the post) or hides it.
 */
public enum ClinicalStanding {
  UNDER_REVIEW,
  FINE,
  CORRECTED,
  HIDDEN;

  /** The outcome a reviewer named, or null when the name is no outcome (the service refuses it). */
  public static ClinicalStanding outcomeNamed(String name) {
    return java.util.Arrays.stream(values())
        .filter(s -> s.isOutcome() && s.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  public boolean isOutcome() {
    return this != UNDER_REVIEW;
  }
}
