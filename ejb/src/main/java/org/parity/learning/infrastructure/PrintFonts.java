package org.parity.learning.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts Parity's PDFs print with: DejaVu Sans, regular and bold, embedded in each document
 * (only the letters it uses), so a name in Welsh, Polish, Greek or Cyrillic prints as its owner
 * writes it. The standard PDF fonts knew Latin-1 only and lost every ŵ.
 */
final class PrintFonts {

  private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
  private static final byte[] REGULAR = read("DejaVuSans.ttf");
  private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

  final PDFont regular;
  final PDFont bold;

  private PrintFonts(PDFont regular, PDFont bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /** The two fonts, to be embedded in this document (a font belongs to one document). */
  static PrintFonts embeddedIn(PDDocument document) throws IOException {
    return new PrintFonts(
        PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true),
        PDType0Font.load(document, new ByteArrayInputStream(BOLD), true));
  }

  /**
   * The text as the font can draw it: a letter it has no glyph for (Chinese, say) is drawn without
   * its accent if that helps, or as "?", rather than failing the whole document.
   */
  static String printable(PDFont font, String value) {
    StringBuilder out = new StringBuilder();
    value
        .codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              if (Character.isWhitespace(cp)) {
                out.append(' '); // a tab or a line break inside a line prints as a space
              } else if (canDraw(font, ch)) {
                out.append(ch);
              } else {
                String base =
                    Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(!base.isEmpty() && canDraw(font, base) ? base : "?");
              }
            });
    return out.toString();
  }

  private static boolean canDraw(PDFont font, String ch) {
    try {
      font.encode(ch); // throws when the font has no glyph for it
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] read(String file) {
    try (InputStream in = PrintFonts.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("Font " + file + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
