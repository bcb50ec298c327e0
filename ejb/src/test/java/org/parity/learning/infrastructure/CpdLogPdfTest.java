package org.parity.learning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.parity.learning.application.CpdViews.EntryView;

/** The CPD log prints people's words in their own letters, with its fonts embedded. */
class CpdLogPdfTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @Test
  void namesAndReflectionsPrintInWelshPolishGreekAndCyrillicAsWritten() throws IOException {
    byte[] pdf =
        new CpdLogPdf()
            .render(
                "Dafydd ap Gŵyn-Łukasiewicz",
                DAY,
                DAY,
                List.of(
                    entry(
                        "Ιατρικός Σύλλογος: ψυχική υγεία",
                        "Сестринское дело",
                        "Gofal i’r person cyfan: ŵ ŷ â")));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("CPD log: Dafydd ap Gŵyn-Łukasiewicz")
          .contains("Ιατρικός Σύλλογος: ψυχική υγεία")
          .contains("Сестринское дело")
          .contains("Gofal i’r person cyfan: ŵ ŷ â")
          .contains("1 activities, 1.5 hours, of which 1.5 participatory")
          .contains("1.5 hours · participatory");
      assertThat(fontNames(document)).allMatch(name -> name.contains("DejaVuSans"));
    }
  }

  @Test
  void aLetterNoFontHasPrintsAsAQuestionMarkAndTheRestAsWritten() throws IOException {
    byte[] pdf = new CpdLogPdf().render("Siân 王", DAY, DAY, List.of(entry("Tab\there", "x", "y")));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("CPD log: Siân ?")
          .contains("Tab here");
    }
  }

  private static EntryView entry(String title, String provider, String learned) {
    return new EntryView(
        1,
        "MANUAL",
        title,
        provider,
        DAY,
        new BigDecimal("1.5"),
        true,
        null,
        null,
        learned,
        null,
        null,
        true,
        true);
  }

  private static List<String> fontNames(PDDocument document) throws IOException {
    List<String> names = new ArrayList<>();
    for (var page : document.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        names.add(resources.getFont(name).getName());
      }
    }
    assertThat(names).isNotEmpty();
    return names;
  }
}
