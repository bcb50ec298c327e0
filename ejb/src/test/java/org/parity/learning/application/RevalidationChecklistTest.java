package org.parity.learning.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parity.learning.application.CpdViews.EntryView;
import org.parity.learning.application.RevalidationViews.Checklist;
import org.parity.learning.application.RevalidationViews.EvidenceView;
import org.parity.learning.application.RevalidationViews.Requirement;
import org.parity.learning.domain.Regulator;

/** What each regulator asks for, counted from a person's CPD and other evidence. */
class RevalidationChecklistTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  private static EntryView cpd(String hours, boolean participatory, String learned) {
    return new EntryView(
        1,
        "MANUAL",
        "Course",
        null,
        DAY,
        new BigDecimal(hours),
        participatory,
        null,
        null,
        learned,
        learned == null ? null : "I ask first now.",
        null,
        learned != null,
        true);
  }

  private static EvidenceView evidence(String kind, String hours, String reflection) {
    return new EvidenceView(
        2,
        kind,
        DAY,
        "Thing",
        hours == null ? null : new BigDecimal(hours),
        "What",
        reflection,
        kind.equals("DISCUSSION") ? "Ann Other" : null,
        null);
  }

  private static Map<String, Requirement> byKey(Checklist checklist) {
    return checklist.requirements().stream().collect(Collectors.toMap(Requirement::key, r -> r));
  }

  @Test
  void theNmcAsksForHoursParticipationFeedbackReflectionsAndADiscussion() {
    List<EntryView> cpd = new ArrayList<>();
    cpd.add(cpd("20", true, "Listen first"));
    cpd.add(cpd("10", false, "Read the guideline"));
    List<EvidenceView> evidence = new ArrayList<>();
    evidence.add(evidence("PRACTICE_HOURS", "450", null));
    for (int i = 0; i < 5; i++) {
      evidence.add(evidence("FEEDBACK", null, i < 3 ? "I changed how I explain" : null));
    }
    Checklist nmc = RevalidationChecklist.of(Regulator.NMC, DAY, DAY, cpd, evidence);
    Map<String, Requirement> r = byKey(nmc);
    assertThat(r.get("nmc.practiceHours").met()).isTrue();
    assertThat(r.get("nmc.cpdHours").have()).isEqualByComparingTo("30");
    assertThat(r.get("nmc.cpdHours").met()).isFalse();
    assertThat(r.get("nmc.participatoryHours").met()).isTrue();
    assertThat(r.get("nmc.feedback").met()).isTrue();
    assertThat(r.get("nmc.reflectiveAccounts").have())
        .as("2 entries and 3 feedback")
        .isEqualByComparingTo("5");
    assertThat(r.get("nmc.discussion").met()).isFalse();
    assertThat(nmc.complete()).isFalse();

    cpd.add(cpd("5", true, null));
    evidence.add(evidence("DISCUSSION", null, "not counted as an account"));
    Checklist done = RevalidationChecklist.of(Regulator.NMC, DAY, DAY, cpd, evidence);
    assertThat(done.complete()).isTrue();
    assertThat(byKey(done).get("nmc.reflectiveAccounts").have()).isEqualByComparingTo("5");
  }

  @Test
  void theGmcAsksForQualityImprovementAndFeedbackAndTheHcpcForAMixture() {
    List<EntryView> cpd = List.of(cpd("50", true, "Ask about mood"));
    Map<String, Requirement> gmc =
        byKey(RevalidationChecklist.of(Regulator.GMC, DAY, DAY, cpd, List.of()));
    assertThat(gmc.get("gmc.cpdHours").met()).isTrue();
    assertThat(gmc.get("gmc.qualityImprovement").met()).isFalse();
    assertThat(gmc.get("gmc.significantEvents").met()).as("none to declare is fine").isTrue();

    Map<String, Requirement> hcpc =
        byKey(RevalidationChecklist.of(Regulator.HCPC, DAY, DAY, cpd, List.of()));
    assertThat(hcpc.get("hcpc.record").met()).isTrue();
    assertThat(hcpc.get("hcpc.mixture").met()).as("one kind of learning only").isFalse();
    assertThat(hcpc.get("hcpc.quality").met()).isTrue();
    Map<String, Requirement> mixed =
        byKey(
            RevalidationChecklist.of(
                Regulator.HCPC,
                DAY,
                DAY,
                cpd,
                List.of(evidence("FEEDBACK", null, "Patients want time"))));
    assertThat(mixed.get("hcpc.mixture").met()).isTrue();
  }

  @Test
  void aProfilesRegistrationBodyNamesItsRegulator() {
    assertThat(Regulator.named("NMC")).contains(Regulator.NMC);
    assertThat(Regulator.named("General Medical Council")).contains(Regulator.GMC);
    assertThat(Regulator.named("hcpc")).contains(Regulator.HCPC);
    assertThat(Regulator.named("Social Work England")).isEmpty();
    assertThat(Regulator.named(null)).isEmpty();
  }
}
