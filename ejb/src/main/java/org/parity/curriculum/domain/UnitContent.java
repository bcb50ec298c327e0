package org.parity.curriculum.domain;

import java.io.Serializable;
import java.util.List;

/**
 * What a unit holds. TEXT: body in Markdown. VIDEO: url and body (the transcript). REFLECTION: body
 * (the prompt). QUIZ: pass mark, question count drawn from the bank, and attempts (0: unlimited).
 * Any unit may cite sources; one that makes clinical claims must before its module is submitted.
 */
public record UnitContent(
    UnitKind kind,
    String title,
    String body,
    String url,
    int passMark,
    int questionCount,
    int maxAttempts,
    boolean clinicalClaims,
    List<Reference> references)
    implements Serializable {

  public UnitContent {
    references = references == null ? List.of() : List.copyOf(references);
  }

  /** A unit that makes no clinical claims and cites nothing. */
  public UnitContent(
      UnitKind kind,
      String title,
      String body,
      String url,
      int passMark,
      int questionCount,
      int maxAttempts) {
    this(kind, title, body, url, passMark, questionCount, maxAttempts, false, List.of());
  }

  /** Whether it makes clinical claims without citing anything: such a module is not submitted. */
  public boolean claimsWithoutSources() {
    return clinicalClaims && references.isEmpty();
  }
}
