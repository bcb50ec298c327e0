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

  public boolean isOutcome() {
    return this != UNDER_REVIEW;
  }
}
