package org.parity.learning.infrastructure;

import jakarta.enterprise.context.Dependent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.parity.learning.application.CpdViews.EntryView;

/** The CPD log for a period as an A4 PDF: a heading, the total, then each entry and reflection. */
@Dependent
public class CpdLogPdf {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public byte[] render(String learner, LocalDate from, LocalDate to, List<EntryView> entries) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfPages writer = new PdfPages(document);
      writer.line(writer.bold, 18, "CPD log: " + learner);
      writer.line(writer.regular, 11, DAY.format(from) + " to " + DAY.format(to));
      BigDecimal total =
          entries.stream().map(EntryView::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal participatory =
          entries.stream()
              .filter(EntryView::participatory)
              .map(EntryView::hours)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      writer.line(
          writer.regular,
          11,
          entries.size()
              + " activities, "
              + total.stripTrailingZeros().toPlainString()
              + " hours, of which "
              + participatory.stripTrailingZeros().toPlainString()
              + " participatory");
      writer.gap(12);
      if (entries.isEmpty()) {
        writer.line(writer.regular, 11, "No activities in this period.");
      }
      for (EntryView e : entries) {
        writer.line(writer.bold, 12, e.title());
        writer.line(
            writer.regular,
            10,
            DAY.format(e.date())
                + " · "
                + e.hours().stripTrailingZeros().toPlainString()
                + " hours"
                + (e.participatory() ? " · participatory" : " · individual")
                + (e.provider() == null ? "" : " · " + e.provider())
                + (e.certificateCode() == null ? "" : " · certificate " + e.certificateCode()));
        writer.section("What happened", e.whatHappened());
        writer.section("What I learned", e.whatLearned());
        writer.section("How it changed my practice", e.howChanged());
        writer.section("Standard of my professional code", e.codeStandard());
        writer.gap(10);
      }
      writer.close();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
