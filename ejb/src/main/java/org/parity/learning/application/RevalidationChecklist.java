package org.parity.learning.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.parity.learning.application.CpdViews.EntryView;
import org.parity.learning.application.RevalidationViews.Checklist;
import org.parity.learning.application.RevalidationViews.EvidenceView;
import org.parity.learning.application.RevalidationViews.Requirement;
import org.parity.learning.domain.Evidence.Kind;
import org.parity.learning.domain.Regulator;

/**
 * What each regulator asks for, counted from the CPD log and the other evidence. NMC revalidation
 * (three years): 450 practice hours, 35 hours of CPD of which 20 participatory, five pieces of
 * practice-related feedback, five written reflective accounts, a reflective discussion. GMC
 * appraisal (a year): CPD (50 hours, as the colleges suggest), quality improvement activity,
 * feedback, reflection, and any significant events declared. HCPC (two years): a continuous record,
 * a mixture of learning, and reflection on how it improved practice and helped service users.
 */
final class RevalidationChecklist {

  private RevalidationChecklist() {}

  static Checklist of(
      Regulator regulator,
      LocalDate from,
      LocalDate to,
      List<EntryView> cpd,
      List<EvidenceView> evidence) {
    BigDecimal cpdHours = hours(cpd, e -> true);
    List<Requirement> requirements = new ArrayList<>();
    switch (regulator) {
      case NMC -> {
        requirements.add(atLeast("nmc.practiceHours", practiceHours(evidence), 450));
        requirements.add(atLeast("nmc.cpdHours", cpdHours, 35));
        requirements.add(
            atLeast("nmc.participatoryHours", hours(cpd, EntryView::participatory), 20));
        requirements.add(atLeast("nmc.feedback", count(evidence, Kind.FEEDBACK), 5));
        requirements.add(atLeast("nmc.reflectiveAccounts", reflectiveAccounts(cpd, evidence), 5));
        requirements.add(atLeast("nmc.discussion", count(evidence, Kind.DISCUSSION), 1));
      }
      case GMC -> {
        requirements.add(atLeast("gmc.cpdHours", cpdHours, 50));
        requirements.add(
            atLeast("gmc.qualityImprovement", count(evidence, Kind.QUALITY_IMPROVEMENT), 1));
        requirements.add(atLeast("gmc.feedback", count(evidence, Kind.FEEDBACK), 1));
        requirements.add(atLeast("gmc.reflections", reflectiveAccounts(cpd, evidence), 1));
        BigDecimal events = count(evidence, Kind.SIGNIFICANT_EVENT);
        requirements.add(new Requirement("gmc.significantEvents", events, BigDecimal.ZERO, true));
      }
      case HCPC -> {
        requirements.add(atLeast("hcpc.record", BigDecimal.valueOf(cpd.size()), 1));
        requirements.add(atLeast("hcpc.mixture", kindsOfLearning(cpd, evidence), 2));
        BigDecimal changed =
            BigDecimal.valueOf(cpd.stream().filter(e -> present(e.howChanged())).count());
        requirements.add(atLeast("hcpc.quality", changed, 1));
        requirements.add(atLeast("hcpc.serviceUsers", changed, 1));
      }
    }
    return new Checklist(regulator, from, to, List.copyOf(requirements));
  }

  /** Written reflections: CPD entries with one, and feedback or events the person reflected on. */
  static BigDecimal reflectiveAccounts(List<EntryView> cpd, List<EvidenceView> evidence) {
    return BigDecimal.valueOf(Revalidation.reflectiveAccounts(cpd, evidence).size());
  }

  /**
   * Kinds of learning: participatory and individual, e-learning and events apart from learning
   * logged by hand, and each kind of evidence besides practice hours.
   */
  private static BigDecimal kindsOfLearning(List<EntryView> cpd, List<EvidenceView> evidence) {
    Set<String> kinds = new HashSet<>();
    for (EntryView e : cpd) {
      kinds.add(e.participatory() ? "participatory" : "individual");
      if (!e.source().equals("MANUAL")) {
        kinds.add(e.source());
      }
    }
    evidence.stream()
        .map(EvidenceView::kind)
        .filter(k -> !k.equals(Kind.PRACTICE_HOURS.name()))
        .forEach(kinds::add);
    return BigDecimal.valueOf(kinds.size());
  }

  private static BigDecimal practiceHours(List<EvidenceView> evidence) {
    return evidence.stream()
        .filter(e -> e.kind().equals(Kind.PRACTICE_HOURS.name()) && e.hours() != null)
        .map(EvidenceView::hours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal hours(List<EntryView> cpd, Predicate<EntryView> which) {
    return cpd.stream()
        .filter(which)
        .map(EntryView::hours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal count(List<EvidenceView> evidence, Kind kind) {
    return BigDecimal.valueOf(evidence.stream().filter(e -> e.kind().equals(kind.name())).count());
  }

  private static Requirement atLeast(String key, BigDecimal have, int need) {
    BigDecimal needed = BigDecimal.valueOf(need);
    return new Requirement(key, CpdLog.plain(have), needed, have.compareTo(needed) >= 0);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
