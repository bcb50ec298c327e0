package org.parity.identity.infrastructure;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parity.identity.infrastructure.PersonalData.Rows;

/**
 * A person's data as one zip: a JSON file per part (an array of objects, empty when there is
 * nothing), the same as CSV for a spreadsheet, and a README saying what is where.
 */
public final class PersonalDataArchive {

  private PersonalDataArchive() {}

  public static byte[] zip(String person, Instant madeAt, List<Rows> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      zip.putNextEntry(new ZipEntry("README.txt"));
      zip.write(readme(person, madeAt, parts).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      for (Rows part : parts) {
        zip.putNextEntry(new ZipEntry(part.part().name() + ".json"));
        json(part, zip);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(part.part().name() + ".csv"));
        csv(part, zip);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String readme(String person, Instant madeAt, List<Rows> parts) {
    StringBuilder text =
        new StringBuilder("Everything Parity holds about ")
            .append(person)
            .append(", as it stood at ")
            .append(madeAt)
            .append(" (UTC).\n\nEach part is here twice: as JSON, and as CSV for a spreadsheet.")
            .append(" Times are in UTC (ISO 8601).\n\n");
    for (Rows part : parts) {
      text.append(part.part().name())
          .append(": ")
          .append(part.rows().size())
          .append(part.rows().size() == 1 ? " item\n" : " items\n");
    }
    return text.toString();
  }

  private static void json(Rows part, ZipOutputStream zip) {
    JsonGenerator json =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(new NotClosing(zip), StandardCharsets.UTF_8);
    json.writeStartArray();
    for (Map<String, Object> row : part.rows()) {
      json.writeStartObject();
      row.forEach((name, value) -> write(json, name, value));
      json.writeEnd();
    }
    json.writeEnd();
    json.close();
  }

  private static void write(JsonGenerator json, String name, Object value) {
    if (value == null) {
      json.writeNull(name);
    } else if (value instanceof Boolean b) {
      json.write(name, b);
    } else if (value instanceof BigDecimal d) {
      json.write(name, d);
    } else if (value instanceof Number n) {
      json.write(name, n.longValue());
    } else {
      json.write(name, value.toString());
    }
  }

  private static void csv(Rows part, ZipOutputStream zip) throws IOException {
    Writer writer = new OutputStreamWriter(new NotClosing(zip), StandardCharsets.UTF_8);
    try (CSVPrinter csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(part.part().columns().toArray(String[]::new))
            .get()
            .print(writer)) {
      for (Map<String, Object> row : part.rows()) {
        csv.printRecord(row.values().stream().map(PersonalDataArchive::cell).toList());
      }
    }
  }

  /**
   * A spreadsheet runs a cell that starts like a formula; text written by others (a thread's title)
   * could start so. Such text gets a leading apostrophe, which spreadsheets show as text.
   */
  static Object cell(Object value) {
    if (value instanceof String text
        && !text.isEmpty()
        && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return value;
  }

  /** Lets a writer close (and flush) without closing the zip under it. */
  private static final class NotClosing extends java.io.FilterOutputStream {
    NotClosing(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
