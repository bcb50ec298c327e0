package org.parity.learning.infrastructure;

import jakarta.enterprise.context.Dependent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.parity.learning.application.CpdViews.EntryView;

/** The CPD log for a period as an A4 PDF: a heading, the total, then each entry and reflection. */
@Dependent
public class CpdLogPdf {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final float MARGIN = 56;

  public byte[] render(String learner, LocalDate from, LocalDate to, List<EntryView> entries) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Writer writer = new Writer(document);
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
        section(writer, "What happened", e.whatHappened());
        section(writer, "What I learned", e.whatLearned());
        section(writer, "How it changed my practice", e.howChanged());
        section(writer, "Standard of my professional code", e.codeStandard());
        writer.gap(10);
      }
      writer.close();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void section(Writer writer, String heading, String text) throws IOException {
    if (text != null && !text.isBlank()) {
      writer.line(writer.bold, 10, heading);
      for (String paragraph : text.split("\\R")) {
        writer.line(writer.regular, 10, paragraph);
      }
    }
  }

  /** Writes lines top to bottom, wrapping long ones and starting new pages as they fill. */
  private static final class Writer {
    final PDFont bold;
    final PDFont regular;
    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;

    Writer(PDDocument document) throws IOException {
      this.document = document;
      PrintFonts fonts = PrintFonts.embeddedIn(document);
      this.bold = fonts.bold;
      this.regular = fonts.regular;
      newPage();
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void gap(float points) {
      y -= points;
    }

    void line(PDFont font, float size, String text) throws IOException {
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      for (String part : wrap(font, size, PrintFonts.printable(font, text), width)) {
        if (y < MARGIN + size) {
          newPage();
        }
        y -= size * 1.4f;
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(MARGIN, y);
        stream.showText(part);
        stream.endText();
      }
    }

    void close() throws IOException {
      stream.close();
    }

    private static List<String> wrap(PDFont font, float size, String text, float width)
        throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      lines.add(line.toString());
      return lines;
    }
  }
}
