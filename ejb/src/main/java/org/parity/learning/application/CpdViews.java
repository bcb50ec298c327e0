package org.parity.learning.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the CPD log shows and exports. */
public final class CpdViews {

  private CpdViews() {}

  public record EntryView(
      long id,
      String source,
      String title,
      String provider,
      LocalDate date,
      BigDecimal hours,
      boolean participatory,
      String certificateCode,
      String whatHappened,
      String whatLearned,
      String howChanged,
      String codeStandard,
      boolean reflected,
      boolean removable)
      implements Serializable {}

  /**
   * Hours in one calendar year (and how many of them participatory), month by month, against the
   * learner's target (null if none).
   */
  public record YearSummary(
      int year,
      BigDecimal total,
      BigDecimal participatory,
      BigDecimal target,
      List<BigDecimal> monthly)
      implements Serializable {}
}
