package org.parity.learning.infrastructure;

import jakarta.enterprise.context.Dependent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.parity.learning.application.CpdViews.EntryView;
import org.parity.learning.application.Revalidation.Record;
import org.parity.learning.application.Revalidation.ReflectiveAccountView;
import org.parity.learning.application.RevalidationViews;
import org.parity.learning.application.RevalidationViews.EvidenceView;
import org.parity.learning.application.RevalidationViews.Requirement;
import org.parity.learning.domain.Evidence.Kind;

/**
 * A person's records in the shape their regulator asks for, as an A4 PDF: NMC revalidation
 * (practice hours, CPD with participatory hours, practice-related feedback, the written reflective
 * accounts in the NMC form's four parts, the reflective discussion), GMC appraisal supporting
 * information (CPD, quality improvement, significant events, feedback, each with its reflection) or
 * the HCPC CPD profile (summary of practice, how the five standards are met, the evidence list).
 */
@Dependent
public class RegulatorPdf {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** The NMC Code's four themes, which each reflective account relates to. */
  public static final String CODE_THEMES =
      "Prioritise people; Practise effectively; Preserve safety; Promote professionalism and trust";

  public byte[] render(Record record) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfPages pages = new PdfPages(document);
      switch (record.checklist().regulator()) {
        case NMC -> nmc(pages, record);
        case GMC -> gmc(pages, record);
        case HCPC -> hcpc(pages, record);
      }
      pages.close();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void heading(PdfPages pages, Record record, String title) throws IOException {
    pages.line(pages.bold, 18, title);
    String registration = record.profile().registrationNumber();
    pages.line(
        pages.regular,
        11,
        record.name() + (registration == null ? "" : " · registration " + registration));
    pages.line(
        pages.regular,
        11,
        record.checklist().regulator().fullName()
            + " · "
            + DAY.format(record.checklist().from())
            + " to "
            + DAY.format(record.checklist().to()));
    pages.gap(8);
    pages.line(pages.bold, 13, "Where the record stands");
    for (Requirement r : record.checklist().requirements()) {
      pages.line(
          pages.regular,
          10,
          (r.met() ? "Met: " : "Not yet: ")
              + RevalidationViews.describe(r.key())
              + " ("
              + plain(r.have())
              + (r.need().signum() > 0 ? " of " + plain(r.need()) : "")
              + ")");
    }
    pages.gap(10);
  }

  private static void nmc(PdfPages pages, Record record) throws IOException {
    heading(pages, record, "NMC revalidation record");
    pages.line(pages.bold, 14, "Practice hours log");
    evidence(pages, record.of(Kind.PRACTICE_HOURS), "No practice hours recorded.");
    pages.line(pages.bold, 14, "CPD log");
    cpd(pages, record.cpd(), false);
    pages.line(pages.bold, 14, "Practice-related feedback log");
    evidence(pages, record.of(Kind.FEEDBACK), "No feedback recorded.");
    pages.line(pages.bold, 14, "Written reflective accounts");
    int n = 0;
    for (ReflectiveAccountView account : record.reflectiveAccounts()) {
      pages.line(pages.bold, 12, "Reflective account " + ++n + ": " + account.title());
      pages.line(pages.regular, 10, DAY.format(account.date()));
      pages.section(
          "What was the nature of the CPD activity, practice-related feedback or event or"
              + " experience in your practice?",
          account.nature());
      pages.section(
          "What did you learn from the CPD activity, feedback or event or experience in your"
              + " practice?",
          account.learned());
      pages.section("How did you change or improve your practice as a result?", account.changed());
      pages.section(
          "How is this relevant to the Code? (" + CODE_THEMES + ")",
          account.code() == null ? "Not yet chosen." : account.code());
      pages.gap(8);
    }
    if (n == 0) {
      pages.line(pages.regular, 10, "No reflective accounts written yet.");
    }
    pages.line(pages.bold, 14, "Reflective discussion");
    for (EvidenceView d : record.of(Kind.DISCUSSION)) {
      pages.line(pages.bold, 11, d.title());
      pages.line(
          pages.regular,
          10,
          DAY.format(d.date())
              + " · with "
              + d.partnerName()
              + (d.partnerRegistration() == null
                  ? ""
                  : " (NMC Pin " + d.partnerRegistration() + ")"));
      pages.section("Summary of the discussion", d.details());
      pages.gap(6);
    }
    if (record.of(Kind.DISCUSSION).isEmpty()) {
      pages.line(pages.regular, 10, "No reflective discussion recorded yet.");
    }
  }

  private static void gmc(PdfPages pages, Record record) throws IOException {
    heading(pages, record, "Supporting information for appraisal (GMC)");
    pages.line(pages.bold, 14, "Continuing professional development");
    cpd(pages, record.cpd(), true);
    pages.line(pages.bold, 14, "Quality improvement activity");
    evidence(pages, record.of(Kind.QUALITY_IMPROVEMENT), "None recorded.");
    pages.line(pages.bold, 14, "Significant events");
    evidence(pages, record.of(Kind.SIGNIFICANT_EVENT), "None to declare.");
    pages.line(pages.bold, 14, "Feedback from patients and colleagues");
    evidence(pages, record.of(Kind.FEEDBACK), "None recorded.");
  }

  private static void hcpc(PdfPages pages, Record record) throws IOException {
    heading(pages, record, "CPD profile (HCPC)");
    pages.line(pages.bold, 14, "Summary of practice");
    var profile = record.profile();
    if (record.summaryOfPractice() != null) {
      for (String paragraph : record.summaryOfPractice().split("\\R")) {
        pages.line(pages.regular, 10, paragraph);
      }
    }
    pages.line(
        pages.regular,
        10,
        "Profession: "
            + profile.profession()
            + (profile.organisationName() == null ? "" : " · " + profile.organisationName())
            + (profile.region() == null ? "" : " · " + profile.region()));
    pages.gap(6);
    pages.line(pages.bold, 14, "How I have met the standards");
    List<EntryView> cpd = record.cpd();
    long reflected = cpd.stream().filter(e -> e.howChanged() != null).count();
    pages.section(
        "1. A continuous, up-to-date and accurate record of my CPD activities",
        cpd.size() + " activities in the period, listed below.");
    pages.section(
        "2. My CPD activities are a mixture of learning activities relevant to my practice",
        cpd.stream().filter(EntryView::participatory).count()
            + " participatory and "
            + cpd.stream().filter(e -> !e.participatory()).count()
            + " individual activities, and "
            + record.evidence().size()
            + " other pieces of evidence.");
    pages.section(
        "3. My CPD has contributed to the quality of my practice and service delivery",
        reflected + " activities say how my practice changed: see the evidence below.");
    pages.section(
        "4. My CPD benefits the service user",
        "See how my practice changed, in the evidence below.");
    pages.section(
        "5. I present this profile on request", "This document, made by Parity from my records.");
    pages.gap(6);
    pages.line(pages.bold, 14, "Evidence");
    cpd(pages, cpd, true);
    evidence(pages, record.evidence(), "");
  }

  private static void cpd(PdfPages pages, List<EntryView> entries, boolean withReflections)
      throws IOException {
    if (entries.isEmpty()) {
      pages.line(pages.regular, 10, "No CPD in this period.");
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal participatory = BigDecimal.ZERO;
    for (EntryView e : entries) {
      total = total.add(e.hours());
      if (e.participatory()) {
        participatory = participatory.add(e.hours());
      }
      pages.line(
          pages.regular,
          10,
          DAY.format(e.date())
              + " · "
              + e.title()
              + " · "
              + plain(e.hours())
              + " hours, "
              + (e.participatory() ? "participatory" : "individual")
              + (e.provider() == null ? "" : " · " + e.provider())
              + (e.codeStandard() == null ? "" : " · " + e.codeStandard()));
      if (withReflections) {
        pages.section("What I learned", e.whatLearned());
        pages.section("How it changed my practice", e.howChanged());
      }
    }
    pages.line(
        pages.bold,
        10,
        "Total: " + plain(total) + " hours, of which " + plain(participatory) + " participatory");
    pages.gap(8);
  }

  private static void evidence(PdfPages pages, List<EvidenceView> items, String none)
      throws IOException {
    if (items.isEmpty() && !none.isEmpty()) {
      pages.line(pages.regular, 10, none);
    }
    for (EvidenceView e : items) {
      pages.line(
          pages.regular,
          10,
          DAY.format(e.date())
              + " · "
              + e.title()
              + (e.hours() == null ? "" : " · " + plain(e.hours()) + " hours"));
      pages.section("Details", e.details());
      pages.section("Reflection", e.reflection());
    }
    pages.gap(8);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
