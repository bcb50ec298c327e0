package org.parity.learning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.parity.identity.domain.Profile;
import org.parity.learning.application.CpdViews.EntryView;
import org.parity.learning.application.Revalidation.Record;
import org.parity.learning.application.RevalidationViews.Checklist;
import org.parity.learning.application.RevalidationViews.EvidenceView;
import org.parity.learning.application.RevalidationViews.Requirement;
import org.parity.learning.domain.Regulator;

/** The records in each regulator's shape: their sections, the person's words, names as written. */
class RegulatorDocumentsTest {

  private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 12, 1);
  private static final String NAME = "Gwenllian Łukasiewicz";

  private static Record record(Regulator regulator) {
    EntryView course =
        new EntryView(
            1,
            "EVENT",
            "Diabetes and mood workshop",
            "Rhwydwaith Gogledd Cymru",
            TO,
            new BigDecimal("6"),
            true,
            null,
            "A workshop with GPs and nurses",
            "Distress is not depression",
            "I ask about both at every review",
            "NMC Code: Prioritise people",
            true,
            false);
    List<EvidenceView> evidence =
        List.of(
            new EvidenceView(
                2,
                "PRACTICE_HOURS",
                TO,
                "Ward 7, band 6 staff nurse",
                new BigDecimal("460"),
                "Acute medicine",
                null,
                null,
                null),
            new EvidenceView(
                3,
                "FEEDBACK",
                TO,
                "Patient's card",
                null,
                "Thank you for listening",
                "I keep time for questions",
                null,
                null),
            new EvidenceView(
                4,
                "DISCUSSION",
                TO,
                "Reflective accounts",
                null,
                "We went through all five",
                null,
                "Siân Roberts",
                "12A3456W"));
    return new Record(
        NAME,
        new Profile(NAME, "NURSE", "Ysbyty Gwynedd", "NMC", "98Y7654E", "WALES"),
        "I lead a team of district nurses in Arfon.",
        new Checklist(
            regulator,
            FROM,
            TO,
            List.of(
                new Requirement("nmc.cpdHours", new BigDecimal("6"), new BigDecimal("35"), false))),
        List.of(course),
        evidence);
  }

  @Test
  void theNmcRecordHasEachPartOfRevalidation() throws Exception {
    byte[] pdf = new RegulatorPdf().render(record(Regulator.NMC));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replace("\n", " ");
      assertThat(text)
          .contains("NMC revalidation record")
          .contains(NAME)
          .contains("registration 98Y7654E")
          .contains("Not yet: 35 hours of CPD (6 of 35)")
          .contains("Practice hours log")
          .contains("Ward 7, band 6 staff nurse · 460 hours")
          .contains("6 hours, participatory")
          .contains("Practice-related feedback log")
          .contains("Reflective account 1: Diabetes and mood workshop")
          .contains("How did you change or improve your practice as a result?")
          .contains("I ask about both at every review")
          .contains("Reflective account 2: Patient's card")
          .contains("with Siân Roberts (NMC Pin 12A3456W)");
    }
  }

  @Test
  void theGmcAndHcpcRecordsHaveTheirOwnParts() throws Exception {
    try (PDDocument gmc = Loader.loadPDF(new RegulatorPdf().render(record(Regulator.GMC)))) {
      assertThat(new PDFTextStripper().getText(gmc))
          .contains("Supporting information for appraisal (GMC)")
          .contains("Quality improvement activity")
          .contains("Significant events")
          .contains("None to declare.")
          .contains("Feedback from patients and colleagues");
    }
    try (PDDocument hcpc = Loader.loadPDF(new RegulatorPdf().render(record(Regulator.HCPC)))) {
      assertThat(new PDFTextStripper().getText(hcpc))
          .contains("CPD profile (HCPC)")
          .contains("Summary of practice")
          .contains("Ysbyty Gwynedd")
          .contains("I lead a team of district nurses in Arfon.")
          .contains("5. I present this profile on request");
    }
  }

  @Test
  void theNmcFormsAreAWordDocumentFilledIn() throws Exception {
    byte[] docx = new RegulatorDocx().nmcForms(record(Regulator.NMC));
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor words = new XWPFWordExtractor(document)) {
      String text = words.getText();
      assertThat(text)
          .contains("Written reflective account 1")
          .contains("Written reflective account 2")
          .contains("What did you learn from the CPD activity")
          .contains("Distress is not depression")
          .contains("Reflective discussion form")
          .contains("Siân Roberts")
          .contains("12A3456W")
          .contains("98Y7654E");
      assertThat(document.getTables()).hasSize(3);
    }
  }
}
