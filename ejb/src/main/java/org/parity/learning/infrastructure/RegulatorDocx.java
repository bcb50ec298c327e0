package org.parity.learning.infrastructure;

import jakarta.enterprise.context.Dependent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.parity.learning.application.Revalidation.Record;
import org.parity.learning.application.Revalidation.ReflectiveAccountView;
import org.parity.learning.application.RevalidationViews.EvidenceView;
import org.parity.learning.domain.Evidence.Kind;

/**
 * The NMC's revalidation forms that are Word documents, filled in from the person's records: a
 * written reflective account form for each reflection, and the reflective discussion form, for the
 * person to check, sign and keep in their portfolio.
 */
@Dependent
public class RegulatorDocx {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public byte[] nmcForms(Record record) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      title(document, "NMC revalidation forms: " + record.name());
      text(
          document,
          "From Parity, for "
              + DAY.format(record.checklist().from())
              + " to "
              + DAY.format(record.checklist().to())
              + ". Check each form, then keep it in your portfolio.");
      int n = 0;
      for (ReflectiveAccountView account : record.reflectiveAccounts()) {
        heading(document, "Written reflective account " + ++n);
        XWPFTable table = document.createTable(5, 2);
        row(table, 0, "Activity and date", account.title() + ", " + DAY.format(account.date()));
        row(
            table,
            1,
            "What was the nature of the CPD activity and/or practice-related feedback and/or event"
                + " or experience in your practice?",
            account.nature());
        row(
            table,
            2,
            "What did you learn from the CPD activity and/or feedback and/or event or experience"
                + " in your practice?",
            account.learned());
        row(
            table,
            3,
            "How did you change or improve your practice as a result?",
            account.changed());
        row(
            table,
            4,
            "How is this relevant to the Code? Select one or more themes: "
                + RegulatorPdf.CODE_THEMES,
            account.code());
      }
      if (n == 0) {
        text(document, "No reflective accounts written yet.");
      }
      for (EvidenceView discussion : record.of(Kind.DISCUSSION)) {
        heading(document, "Reflective discussion form");
        XWPFTable table = document.createTable(5, 2);
        row(table, 0, "Your name", record.name());
        row(table, 1, "Your NMC Pin", record.profile().registrationNumber());
        row(table, 2, "Name of the NMC-registered nurse or midwife", discussion.partnerName());
        row(table, 3, "Their NMC Pin", discussion.partnerRegistration());
        row(table, 4, "Date of the discussion", DAY.format(discussion.date()));
        text(document, "Short summary of the discussion: " + orBlank(discussion.details()));
        text(
            document,
            "Signed (the NMC registrant who discussed your reflective accounts with you): ______");
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void title(XWPFDocument document, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.LEFT);
    XWPFRun run = paragraph.createRun();
    run.setBold(true);
    run.setFontSize(18);
    run.setText(text);
  }

  private static void heading(XWPFDocument document, String text) {
    XWPFRun run = document.createParagraph().createRun();
    run.setBold(true);
    run.setFontSize(14);
    run.setText(text);
  }

  private static void text(XWPFDocument document, String text) {
    document.createParagraph().createRun().setText(text);
  }

  private static void row(XWPFTable table, int index, String label, String value) {
    table.getRow(index).getCell(0).setText(label);
    table.getRow(index).getCell(1).setText(orBlank(value));
  }

  private static String orBlank(String value) {
    return value == null ? "" : value;
  }
}
