package org.parity.learning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Profile;
import org.parity.learning.application.CpdViews.EntryView;
import org.parity.learning.application.RevalidationViews.Checklist;
import org.parity.learning.application.RevalidationViews.EvidenceView;
import org.parity.learning.domain.Evidence;
import org.parity.learning.domain.PracticeSummary;
import org.parity.learning.domain.Regulator;
import org.parity.learning.infrastructure.CpdRecords;
import org.parity.learning.infrastructure.RegulatorDocx;
import org.parity.learning.infrastructure.RegulatorPdf;
import org.parity.platform.InvalidInput;

/**
 * Revalidation and appraisal at /me/revalidation: the evidence a regulator asks for besides CPD
 * (practice hours, feedback, reflective discussions, quality improvement, significant events), how
 * the person's records stand against what their regulator asks, and the records in its shape: NMC
 * revalidation (PDF, and its forms as DOCX), GMC appraisal supporting information and the HCPC CPD
 * profile (PDF).
 */
@Stateless
@RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class Revalidation {

  /** What an export holds: the person, the checklist, their CPD and their other evidence. */
  public record Record(
      String name,
      Profile profile,
      String summaryOfPractice,
      Checklist checklist,
      List<EntryView> cpd,
      List<EvidenceView> evidence) {

    /**
     * The written reflective accounts, in the NMC form's four parts: from CPD entries the person
     * reflected on, and from feedback, quality improvement and significant events they did.
     */
    public List<ReflectiveAccountView> reflectiveAccounts() {
      return Revalidation.reflectiveAccounts(cpd, evidence);
    }

    /** The evidence of one kind. */
    public List<EvidenceView> of(Evidence.Kind kind) {
      return evidence.stream().filter(e -> e.kind().equals(kind.name())).toList();
    }
  }

  /**
   * One reflective account: the nature of what happened, what was learned, what changed, the Code.
   */
  public record ReflectiveAccountView(
      String title, LocalDate date, String nature, String learned, String changed, String code) {}

  /** Reflective accounts from these CPD entries and this evidence (what the checklists count). */
  static List<ReflectiveAccountView> reflectiveAccounts(
      List<EntryView> cpd, List<EvidenceView> evidence) {
    List<ReflectiveAccountView> accounts = new java.util.ArrayList<>();
    for (EntryView e : cpd) {
      if (present(e.whatLearned()) || present(e.howChanged())) {
        accounts.add(
            new ReflectiveAccountView(
                e.title(),
                e.date(),
                present(e.whatHappened()) ? e.whatHappened() : e.title(),
                e.whatLearned(),
                e.howChanged(),
                e.codeStandard()));
      }
    }
    for (EvidenceView e : evidence) {
      boolean reflected =
          present(e.reflection())
              && !e.kind().equals(Evidence.Kind.PRACTICE_HOURS.name())
              && !e.kind().equals(Evidence.Kind.DISCUSSION.name());
      if (reflected) {
        accounts.add(
            new ReflectiveAccountView(
                e.title(),
                e.date(),
                present(e.details()) ? e.details() : e.title(),
                e.reflection(),
                null,
                null));
      }
    }
    return accounts;
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  @Inject LearningRights rights;
  @Inject CpdLog cpdLog;
  @Inject CpdRecords records;
  @Inject RegulatorPdf pdf;
  @Inject RegulatorDocx docx;
  @Inject Clock clock;

  /** The regulator the caller's profile names, or the NMC's (the largest register) when none. */
  public Regulator regulator() {
    return Regulator.named(rights.learner().profile().registrationBody()).orElse(Regulator.NMC);
  }

  /** The period a regulator looks back over, ending today. */
  public LocalDate periodStart(Regulator regulator) {
    return cpdLog.today().minusYears(regulator.years()).plusDays(1);
  }

  /** The caller's summary of their practice; null when they have written none. */
  public String summaryOfPractice() {
    return records.practiceSummary(rights.learner()).map(PracticeSummary::getSummary).orElse(null);
  }

  public void writeSummaryOfPractice(String text) {
    if (!PracticeSummary.fits(text)) {
      throw InvalidInput.of("text", "summary.tooLong");
    }
    Account me = rights.learner();
    Optional<PracticeSummary> written = records.practiceSummary(me);
    PracticeSummary summary = written.orElseGet(() -> new PracticeSummary(me.getId()));
    summary.write(text, clock.instant());
    if (written.isEmpty()) {
      records.add(summary);
    }
  }

  public long add(Evidence.Written written) {
    Map<String, String> problems = written.problems(cpdLog.today());
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Evidence evidence = new Evidence(rights.learner(), written, clock.instant());
    records.add(evidence);
    return evidence.getId();
  }

  public void remove(long id) {
    records.remove(rights.own(records.evidence(id), Evidence::belongsTo, "evidence"));
  }

  private List<EvidenceView> evidence(LocalDate from, LocalDate to) {
    CpdLog.checkPeriod(from, to);
    return records.evidenceInPeriod(rights.learner(), from, to).stream()
        .map(Revalidation::view)
        .toList();
  }

  public byte[] pdf(Regulator regulator, LocalDate from, LocalDate to) {
    return pdf.render(record(regulator, from, to));
  }

  /** The NMC's written reflective account and reflective discussion forms, filled in. */
  public byte[] nmcForms(LocalDate from, LocalDate to) {
    return docx.nmcForms(record(Regulator.NMC, from, to));
  }

  /** The caller's record for a regulator and period: what the page shows and the exports print. */
  public Record record(Regulator regulator, LocalDate from, LocalDate to) {
    Account me = rights.learner();
    List<EntryView> cpd = cpdLog.entries(from, to);
    List<EvidenceView> evidence = evidence(from, to);
    return new Record(
        me.getDisplayName(),
        me.profile(),
        summaryOfPractice(),
        RevalidationChecklist.of(regulator, from, to, cpd, evidence),
        cpd,
        evidence);
  }

  private static EvidenceView view(Evidence e) {
    return new EvidenceView(
        e.getId(),
        e.getKind().name(),
        e.getOccurredOn(),
        e.getTitle(),
        e.getHours() == null ? null : CpdLog.plain(e.getHours()),
        e.getDetails(),
        e.getReflection(),
        e.getPartnerName(),
        e.getPartnerRegistration());
  }
}
