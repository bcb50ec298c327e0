package org.parity.learning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was done, who offered it, when, for how many hours, and whether it was participatory
 * (learning with other professionals, as regulators count it) or individual.
 */
public record CpdActivity(
    String title, String provider, LocalDate date, BigDecimal hours, boolean participatory) {

  public static final BigDecimal MOST_HOURS = new BigDecimal("100");

  /** What is wrong with it, field by field (message keys), for a form to show beside each field. */
  public Map<String, String> problems(LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (title == null || title.isBlank()) {
      problems.put("title", "cpd.title.required");
    } else if (title.length() > 200) {
      problems.put("title", "cpd.title.long");
    }
    if (provider != null && provider.length() > 200) {
      problems.put("provider", "cpd.provider.long");
    }
    if (date == null) {
      problems.put("date", "cpd.date.required");
    } else if (date.isAfter(today)) {
      problems.put("date", "cpd.date.future");
    }
    if (hours == null || hours.signum() <= 0 || hours.compareTo(MOST_HOURS) > 0) {
      problems.put("hours", "cpd.hours.range");
    } else if (hours.scale() > 2) {
      problems.put("hours", "cpd.hours.range");
    }
    return problems;
  }
}
