package org.parity.learning.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes an A4 document's lines top to bottom in the embedded Unicode fonts, wrapping long ones and
 * starting new pages as they fill: the CPD log and the regulators' records print with it.
 */
final class PdfPages {

  private static final float MARGIN = 56;

  final PDFont bold;
  final PDFont regular;
  private final PDDocument document;
  private PDPageContentStream stream;
  private float y;

  PdfPages(PDDocument document) throws IOException {
    this.document = document;
    PrintFonts fonts = PrintFonts.embeddedIn(document);
    this.bold = fonts.bold;
    this.regular = fonts.regular;
    newPage();
  }

  void newPage() throws IOException {
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

  /**
   * A bold heading and the text under it, paragraph by paragraph; nothing when there is no text.
   */
  void section(String heading, String text) throws IOException {
    if (text != null && !text.isBlank()) {
      line(bold, 10, heading);
      for (String paragraph : text.split("\\R")) {
        line(regular, 10, paragraph);
      }
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
