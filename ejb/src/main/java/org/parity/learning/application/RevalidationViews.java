package org.parity.learning.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parity.learning.domain.Regulator;

/** What the revalidation pages and exports show. */
public final class RevalidationViews {

  private RevalidationViews() {}

  private static final java.util.Map<String, String> DESCRIBED =
      java.util.Map.ofEntries(
          java.util.Map.entry("nmc.practiceHours", "450 practice hours"),
          java.util.Map.entry("nmc.cpdHours", "35 hours of CPD"),
          java.util.Map.entry("nmc.participatoryHours", "20 of them participatory"),
          java.util.Map.entry("nmc.feedback", "5 pieces of practice-related feedback"),
          java.util.Map.entry("nmc.reflectiveAccounts", "5 written reflective accounts"),
          java.util.Map.entry("nmc.discussion", "a reflective discussion with an NMC registrant"),
          java.util.Map.entry("gmc.cpdHours", "50 hours of CPD in the year"),
          java.util.Map.entry("gmc.qualityImprovement", "quality improvement activity"),
          java.util.Map.entry("gmc.feedback", "feedback from patients or colleagues"),
          java.util.Map.entry("gmc.reflections", "reflection on your learning"),
          java.util.Map.entry("gmc.significantEvents", "significant events declared"),
          java.util.Map.entry("hcpc.record", "a continuous, up-to-date record of CPD"),
          java.util.Map.entry("hcpc.mixture", "a mixture of learning activities"),
          java.util.Map.entry("hcpc.quality", "CPD that improved the quality of your practice"),
          java.util.Map.entry("hcpc.serviceUsers", "CPD that benefits service users"));

  /** A requirement in words, for the printed records (which regulators read in English). */
  public static String describe(String key) {
    return DESCRIBED.getOrDefault(key, key);
  }

  /** One piece of evidence besides CPD, as its owner wrote it. */
  public record EvidenceView(
      long id,
      String kind,
      LocalDate date,
      String title,
      BigDecimal hours,
      String details,
      String reflection,
      String partnerName,
      String partnerRegistration)
      implements java.io.Serializable {}

  /** One thing the regulator asks for: how much the person has, against how much it asks. */
  public record Requirement(String key, BigDecimal have, BigDecimal need, boolean met)
      implements java.io.Serializable {}

  /** What a regulator asks for over a period, and how the person's records stand against it. */
  public record Checklist(
      Regulator regulator, LocalDate from, LocalDate to, List<Requirement> requirements)
      implements java.io.Serializable {

    public boolean complete() {
      return requirements.stream().allMatch(Requirement::met);
    }
  }
}
