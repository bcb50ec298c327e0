package org.parity.casestudy.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parity.casestudy.domain.CaseStudyContent;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Reads the starter case studies: one YAML file each under parity-content/case-studies, listed in
 * its index.txt (the classpath inside an EAR cannot be listed).
 */
public final class StarterCaseStudyFiles {

  static final String ROOT = "parity-content/case-studies/";

  private StarterCaseStudyFiles() {}

  /** One starter study as read from its file. */
  public record Starter(String slug, LocalDate publishedOn, CaseStudyContent content) {}

  /** Every starter study the index lists. */
  public static List<Starter> readAll(ClassLoader loader) {
    List<Starter> all = new ArrayList<>();
    if (loader.getResource(ROOT + "index.txt") == null) {
      return all;
    }
    for (String file : text(loader, ROOT + "index.txt").split("\\R")) {
      if (!file.isBlank()) {
        all.add(parse(text(loader, ROOT + file.trim())));
      }
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  static Starter parse(String yaml) {
    Map<String, Object> map =
        (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    Object date = map.get("publishedOn");
    return new Starter(
        string(map, "slug"),
        date == null ? null : LocalDate.parse(date.toString()),
        new CaseStudyContent(
            string(map, "title"),
            string(map, "summary"),
            string(map, "setting"),
            string(map, "population"),
            string(map, "problem"),
            string(map, "intervention"),
            string(map, "outcomes"),
            string(map, "costs"),
            string(map, "lessons"),
            string(map, "organisation"),
            string(map, "region"),
            list(map, "contacts"),
            list(map, "challenges"),
            list(map, "priorityAreas"),
            list(map, "professions"),
            list(map, "settings"),
            list(map, "modules")));
  }

  private static String string(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value == null ? "" : value.toString().strip();
  }

  private static List<String> list(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
  }

  private static String text(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing starter content: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
