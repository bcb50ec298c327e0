package org.parity.curriculum.domain;

import java.util.List;
import java.util.Set;

/**
 * The reviews a publisher may ask for before a PUBLISHER approves, in the order they are done: a
 * clinician checks the content first, then people with lived experience read it. Each has its short
 * checklist, every item of which the reviewer confirms.
 */
public enum ReviewerKind {
  CLINICAL(
      List.of(ChecklistItem.ACCURATE, ChecklistItem.CURRENT, ChecklistItem.SAFETY_NETTED),
      List.of(ChecklistItem.FITS_NICE, ChecklistItem.NICE_NOT_APPLICABLE)),
  LIVED_EXPERIENCE(
      List.of(ChecklistItem.RESPECTFUL_LANGUAGE, ChecklistItem.REFLECTS_EXPERIENCE), List.of());

  /** What a reviewer confirms. NICE's guidance either fits or does not apply: one of the two. */
  public enum ChecklistItem {
    ACCURATE,
    CURRENT,
    SAFETY_NETTED,
    FITS_NICE,
    NICE_NOT_APPLICABLE,
    RESPECTFUL_LANGUAGE,
    REFLECTS_EXPERIENCE
  }

  private final List<ChecklistItem> required;
  private final List<ChecklistItem> oneOf;

  ReviewerKind(List<ChecklistItem> required, List<ChecklistItem> oneOf) {
    this.required = required;
    this.oneOf = oneOf;
  }

  /** Every item this review's checklist offers, in the order a reviewer reads them. */
  public List<ChecklistItem> checklist() {
    return java.util.stream.Stream.concat(required.stream(), oneOf.stream()).toList();
  }

  /** Whether the confirmed items complete this checklist (and hold nothing from another). */
  public boolean completedBy(Set<ChecklistItem> confirmed) {
    return confirmed.containsAll(required)
        && checklist().containsAll(confirmed)
        && (oneOf.isEmpty() || oneOf.stream().filter(confirmed::contains).count() == 1);
  }
}
