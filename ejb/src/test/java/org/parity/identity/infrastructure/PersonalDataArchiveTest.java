package org.parity.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.parity.identity.infrastructure.PersonalData.Part;
import org.parity.identity.infrastructure.PersonalData.Rows;

/** A copy of someone's data: every part as JSON and CSV, with a README counting them. */
class PersonalDataArchiveTest {

  @Test
  void everyPartIsThereAsJsonAndCsvWithItsValuesKept() throws IOException {
    Part cpd = new Part("cpd_entries", List.of("activity", "hours", "reflected", "note"), "");
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("activity", "Diabetes distress, \"webinar\"");
    row.put("hours", new BigDecimal("1.50"));
    row.put("reflected", true);
    row.put("note", null);
    Part roles = new Part("roles", List.of("role"), "");

    Map<String, String> files =
        unzip(
            PersonalDataArchive.zip(
                "siân@example.org",
                Instant.parse("2026-12-03T10:00:00Z"),
                List.of(new Rows(cpd, List.of(row)), new Rows(roles, List.of()))));

    assertThat(files.keySet())
        .containsExactly(
            "README.txt", "cpd_entries.json", "cpd_entries.csv", "roles.json", "roles.csv");
    JsonArray entries =
        Json.createReader(new StringReader(files.get("cpd_entries.json"))).readArray();
    assertThat(entries.getJsonObject(0).getString("activity"))
        .isEqualTo("Diabetes distress, \"webinar\"");
    assertThat(entries.getJsonObject(0).getJsonNumber("hours").bigDecimalValue())
        .isEqualByComparingTo("1.5");
    assertThat(entries.getJsonObject(0).getBoolean("reflected")).isTrue();
    assertThat(entries.getJsonObject(0).isNull("note")).isTrue();
    assertThat(files.get("cpd_entries.csv"))
        .isEqualTo(
            "activity,hours,reflected,note\r\n\"Diabetes distress, \"\"webinar\"\"\",1.50,true,\r\n");
    assertThat(Json.createReader(new StringReader(files.get("roles.json"))).readArray()).isEmpty();
    assertThat(files.get("roles.csv")).isEqualTo("role\r\n");
    assertThat(files.get("README.txt"))
        .contains("siân@example.org")
        .contains("cpd_entries: 1 item")
        .contains("roles: 0 items");
  }

  @Test
  void aCellThatAFormulaCouldStartWithIsKeptAsTextInTheCsv() throws IOException {
    Part posts = new Part("posts", List.of("thread", "number"), "");
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("thread", "=HYPERLINK(\"http://evil.example\")");
    row.put("number", -3);

    Map<String, String> files =
        unzip(
            PersonalDataArchive.zip(
                "a@example.org", Instant.now(), List.of(new Rows(posts, List.of(row)))));

    assertThat(files.get("posts.csv"))
        .isEqualTo("thread,number\r\n\"'=HYPERLINK(\"\"http://evil.example\"\")\",-3\r\n");
    assertThat(files.get("posts.json")).contains("\"=HYPERLINK(");
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
