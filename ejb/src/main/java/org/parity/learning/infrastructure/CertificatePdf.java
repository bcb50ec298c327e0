package org.parity.learning.infrastructure;

import jakarta.enterprise.context.Dependent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.parity.learning.domain.Certificate;

/** Draws a certificate as a one-page A4 landscape PDF with PDFBox. */
@Dependent
public class CertificatePdf {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

  public byte[] render(Certificate certificate, String verifyAddress) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PrintFonts fonts = PrintFonts.embeddedIn(document);
      PDFont bold = fonts.bold;
      PDFont regular = fonts.regular;
      PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
      PDPage page = new PDPage(a4);
      document.addPage(page);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Certificate " + certificate.getCode());
      info.setCreator("Parity");
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        float width = a4.getWidth();
        float y = a4.getHeight() - 90;
        centred(text, regular, 16, "Parity certificate of completion", width, y);
        centred(text, regular, 14, "This certifies that", width, y -= 60);
        centred(text, bold, 28, certificate.getLearnerName(), width, y -= 42);
        centred(
            text,
            regular,
            14,
            "completed the "
                + (certificate.getKind() == Certificate.Kind.CURRICULUM ? "curriculum" : "module"),
            width,
            y -= 40);
        centred(text, bold, 20, certificate.getTitle(), width, y -= 34);
        centred(text, regular, 12, "Version " + certificate.getVersionNumber(), width, y -= 24);
        centred(text, regular, 12, "Published by " + certificate.getPublishers(), width, y -= 30);
        centred(
            text,
            regular,
            12,
            "CPD hours: " + certificate.getCpdHours().stripTrailingZeros().toPlainString(),
            width,
            y -= 20);
        centred(
            text, regular, 12, "Date: " + DAY.format(certificate.getIssuedAt()), width, y -= 20);
        centred(text, bold, 12, "Verification code: " + certificate.getCode(), width, y -= 50);
        centred(text, regular, 10, "Check it at " + verifyAddress, width, y - 18);
      }
      if (!certificate.getOutcomesMet().isEmpty()) {
        outcomesPage(document, a4, certificate, bold, regular);
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A second page: the outcomes of colleges' frameworks met, framework by framework. */
  private static void outcomesPage(
      PDDocument document, PDRectangle size, Certificate certificate, PDFont bold, PDFont regular)
      throws IOException {
    PDPage page = new PDPage(size);
    document.addPage(page);
    float left = 60;
    float width = size.getWidth() - 2 * left;
    float y = size.getHeight() - 70;
    try (PDPageContentStream text = new PDPageContentStream(document, page)) {
      y = wrapped(text, bold, 16, "Learning outcomes met", left, width, y);
      y -= 8;
      for (Certificate.OutcomesMet met : certificate.getOutcomesMet()) {
        y = wrapped(text, bold, 12, met.framework(), left, width, y - 10);
        for (String outcome : met.outcomes()) {
          if (y < 50) {
            return;
          }
          y = wrapped(text, regular, 11, outcome, left + 14, width - 14, y);
        }
      }
    }
  }

  /** Writes text from the left, wrapped at word breaks; answers where the next line starts. */
  private static float wrapped(
      PDPageContentStream stream,
      PDFont font,
      float size,
      String value,
      float left,
      float width,
      float y)
      throws IOException {
    StringBuilder line = new StringBuilder();
    for (String word : PrintFonts.printable(font, value).split(" ")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringWidth(longer) / 1000 * size > width) {
        y = line(stream, font, size, line.toString(), left, y);
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(longer);
      }
    }
    return line.isEmpty() ? y : line(stream, font, size, line.toString(), left, y);
  }

  private static float line(
      PDPageContentStream stream, PDFont font, float size, String value, float left, float y)
      throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(left, y);
    stream.showText(value);
    stream.endText();
    return y - size * 1.4f;
  }

  private static void centred(
      PDPageContentStream stream, PDFont font, float size, String value, float width, float y)
      throws IOException {
    String line = PrintFonts.printable(font, value);
    float textWidth = font.getStringWidth(line) / 1000 * size;
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(Math.max(36, (width - textWidth) / 2), y);
    stream.showText(line);
    stream.endText();
  }
}
