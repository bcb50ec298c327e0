package org.parity.learning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.Accounts;
import org.parity.learning.application.CpdViews.EntryView;
import org.parity.learning.application.CpdViews.YearSummary;
import org.parity.learning.domain.CpdActivity;
import org.parity.learning.domain.CpdEntry;
import org.parity.learning.domain.CpdTarget;
import org.parity.learning.domain.LearningException;
import org.parity.learning.domain.ReflectiveAccount;
import org.parity.learning.infrastructure.CpdLogPdf;
import org.parity.learning.infrastructure.CpdRecords;
import org.parity.platform.InvalidInput;

/**
 * The caller's CPD log at /me/cpd: entries from completions and by hand, reflective accounts, the
 * yearly target, and exports for a period (for revalidation portfolios).
 */
@Stateless
@RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class CpdLog {

  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final int LONGEST_PERIOD_YEARS = 10;

  @Inject LearningRights rights;
  @Inject Accounts accounts;
  @Inject CpdRecords records;
  @Inject CpdLogPdf pdf;
  @Inject Clock clock;

  public List<EntryView> entries(LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    return records.inPeriod(caller(), from, to).stream().map(CpdLog::view).toList();
  }

  public long add(CpdActivity activity, ReflectiveAccount reflection) {
    check(activity);
    CpdEntry entry = CpdEntry.manual(caller(), activity, clock.instant());
    entry.reflect(reflection, clock.instant());
    records.add(entry);
    return entry.getId();
  }

  /** Changes an entry: the facts of one added by hand, the reflection of any. */
  public void edit(long id, CpdActivity activity, ReflectiveAccount reflection) {
    CpdEntry entry = mine(id);
    if (entry.isRemovable()) {
      check(activity);
      entry.changeActivity(activity, clock.instant());
    }
    entry.reflect(reflection, clock.instant());
  }

  public void remove(long id) {
    CpdEntry entry = mine(id);
    if (!entry.isRemovable()) {
      throw new LearningException(
          "Parity recorded this activity; it stays in your log.", "cpd.error.recorded");
    }
    records.remove(entry);
  }

  public void setTarget(BigDecimal hoursPerYear) {
    Account learner = caller();
    records
        .target(learner)
        .ifPresentOrElse(
            t -> t.change(hoursPerYear),
            () -> records.add(new CpdTarget(learner.getId(), hoursPerYear)));
  }

  public YearSummary year(int year) {
    Account learner = caller();
    List<BigDecimal> monthly = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      monthly.add(BigDecimal.ZERO);
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal participatory = BigDecimal.ZERO;
    for (CpdEntry entry :
        records.inPeriod(learner, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
      int month = entry.getActivityDate().getMonthValue() - 1;
      monthly.set(month, monthly.get(month).add(entry.getHours()));
      total = total.add(entry.getHours());
      if (entry.isParticipatory()) {
        participatory = participatory.add(entry.getHours());
      }
    }
    monthly.replaceAll(CpdLog::plain);
    total = plain(total);
    BigDecimal target =
        records.target(learner).map(CpdTarget::getHoursPerYear).map(CpdLog::plain).orElse(null);
    return new YearSummary(year, total, plain(participatory), target, monthly);
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(UK));
  }

  /** The period's entries as CSV, one row an entry, formula-like cells defused for spreadsheets. */
  public String csv(LocalDate from, LocalDate to) {
    List<EntryView> entries = entries(from, to);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        CSVFormat.RFC4180
            .builder()
            .setHeader(
                "Date",
                "Activity",
                "Provider",
                "Hours",
                "Participatory",
                "Source",
                "Certificate",
                "What happened",
                "What I learned",
                "How it changed my practice",
                "Standard of my professional code")
            .get()
            .print(out)) {
      for (EntryView e : entries) {
        csv.printRecord(
            e.date(),
            safe(e.title()),
            safe(e.provider()),
            e.hours().toPlainString(),
            e.participatory() ? "yes" : "no",
            e.source(),
            e.certificateCode(),
            safe(e.whatHappened()),
            safe(e.whatLearned()),
            safe(e.howChanged()),
            safe(e.codeStandard()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public byte[] pdf(LocalDate from, LocalDate to) {
    return pdf.render(caller().getDisplayName(), from, to, entries(from, to));
  }

  /** A cell a spreadsheet would run as a formula starts with a quote instead. */
  static String safe(String value) {
    if (value == null) {
      return "";
    }
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private void check(CpdActivity activity) {
    Map<String, String> problems = activity.problems(today());
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  static void checkPeriod(LocalDate from, LocalDate to) {
    if (from == null || to == null || from.isAfter(to)) {
      throw InvalidInput.of("from", "cpd.period.invalid");
    }
    if (from.plusYears(LONGEST_PERIOD_YEARS).isBefore(to)) {
      throw InvalidInput.of("from", "cpd.period.long");
    }
  }

  private CpdEntry mine(long id) {
    return rights.own(records.entry(id), CpdEntry::belongsTo, "CPD entry");
  }

  /** 1.50 reads as 1.5 and 10.00 as 10, never as 1E+1. */
  static BigDecimal plain(BigDecimal hours) {
    return hours.setScale(Math.max(0, hours.stripTrailingZeros().scale()));
  }

  private static EntryView view(CpdEntry e) {
    ReflectiveAccount r = e.getReflection();
    return new EntryView(
        e.getId(),
        e.getSource().name(),
        e.getTitle(),
        e.getProvider(),
        e.getActivityDate(),
        plain(e.getHours()),
        e.isParticipatory(),
        e.getCertificateCode(),
        r.whatHappened(),
        r.whatLearned(),
        r.howChanged(),
        r.codeStandard(),
        r.isWritten(),
        e.isRemovable());
  }

  private Account caller() {
    return rights.learner();
  }
}
