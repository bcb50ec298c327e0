package org.parity.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.parity.content.Definitions.ContentPackage;
import org.parity.content.Definitions.CurriculumDefinition;
import org.parity.content.Definitions.ImageDefinition;
import org.parity.content.Definitions.ModuleDefinition;
import org.parity.content.Definitions.OptionDefinition;
import org.parity.content.Definitions.QuestionDefinition;
import org.parity.content.Definitions.ReferenceDefinition;
import org.parity.content.Definitions.UnitDefinition;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes a package in the documented format (content/README.md), as files or as a zip, so that
 * reading it back with {@link PackageReader} gives the same definitions.
 */
public final class PackageWriter {

  private static final Dump YAML =
      new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(100).build());

  private PackageWriter() {}

  public static Map<String, String> files(ContentPackage content) {
    Map<String, String> files = new LinkedHashMap<>();
    content.modules().forEach(module -> writeModule(module, files));
    content
        .curricula()
        .forEach(
            curriculum ->
                files.put(
                    "curricula/" + curriculum.slug() + "/curriculum.yaml",
                    YAML.dumpToString(curriculum(curriculum))));
    return files;
  }

  private static Map<String, Object> reference(ReferenceDefinition source) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("title", source.title());
    if (source.publisher() != null) {
      entry.put("publisher", source.publisher());
    }
    if (source.year() != null) {
      entry.put("year", source.year());
    }
    if (source.url() != null) {
      entry.put("url", source.url());
    }
    if (source.doi() != null) {
      entry.put("doi", source.doi());
    }
    if (source.accessed() != null) {
      entry.put("accessed", source.accessed().toString());
    }
    return entry;
  }

  /** The modules' image files, by their path in the package (modules/x/images/NAME). */
  public static Map<String, byte[]> images(ContentPackage content) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (ModuleDefinition module : content.modules()) {
      for (ImageDefinition image : module.images()) {
        files.put("modules/" + module.slug() + "/images/" + image.name(), image.bytes());
      }
    }
    return files;
  }

  public static byte[] zip(ContentPackage content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> file : files(content).entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      for (Map.Entry<String, byte[]> file : images(content).entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void writeModule(ModuleDefinition module, Map<String, String> files) {
    String base = "modules/" + module.slug() + "/";
    Map<String, Object> yaml = new LinkedHashMap<>();
    yaml.put("slug", module.slug());
    yaml.put("title", module.title());
    yaml.put("owner", module.owner());
    yaml.put("version", module.version());
    yaml.put("summary", module.summary());
    yaml.put("learningOutcomes", module.learningOutcomes());
    yaml.put("estimatedMinutes", module.estimatedMinutes());
    yaml.put("cpdHours", module.cpdHours());
    yaml.put("challenges", module.challenges());
    yaml.put("priorityAreas", module.priorityAreas());
    yaml.put("settings", module.settings());
    yaml.put("themes", module.themes());
    List<Map<String, Object>> units = new ArrayList<>();
    int number = 1;
    for (UnitDefinition unit : module.units()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("kind", unit.kind().name());
      entry.put("title", unit.title());
      String file = String.format(Locale.ROOT, "%02d-%s.md", number++, fileName(unit.title()));
      switch (unit.kind()) {
        case TEXT -> {
          entry.put("file", file);
          files.put(base + file, unit.body());
        }
        case VIDEO -> {
          entry.put("url", unit.url());
          entry.put("transcript", file);
          files.put(base + file, unit.body());
        }
        case REFLECTION -> entry.put("prompt", unit.body());
        case QUIZ -> {
          entry.put("passMark", unit.passMark());
          entry.put("questionCount", unit.questionCount());
          entry.put("maxAttempts", unit.maxAttempts());
        }
      }
      if (unit.clinicalClaims()) {
        entry.put("clinicalClaims", true);
      }
      if (!unit.references().isEmpty()) {
        entry.put("references", unit.references().stream().map(PackageWriter::reference).toList());
      }
      units.add(entry);
    }
    yaml.put("units", units);
    if (!module.images().isEmpty()) {
      List<Map<String, Object>> images = new ArrayList<>();
      for (ImageDefinition image : module.images()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", "images/" + image.name());
        entry.put("alt", image.alt());
        images.add(entry);
      }
      yaml.put("images", images);
    }
    files.put(base + "module.yaml", YAML.dumpToString(yaml));
    if (!module.questions().isEmpty()) {
      List<Map<String, Object>> questions = new ArrayList<>();
      for (QuestionDefinition question : module.questions()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", question.id());
        entry.put("type", question.type().name());
        entry.put("text", question.text());
        List<Map<String, Object>> options = new ArrayList<>();
        for (OptionDefinition option : question.options()) {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("text", option.text());
          o.put("correct", option.correct());
          o.put("feedback", option.feedback());
          options.add(o);
        }
        entry.put("options", options);
        questions.add(entry);
      }
      files.put(base + "questions.yaml", YAML.dumpToString(Map.of("questions", questions)));
    }
  }

  private static Map<String, Object> curriculum(CurriculumDefinition curriculum) {
    Map<String, Object> yaml = new LinkedHashMap<>();
    yaml.put("slug", curriculum.slug());
    yaml.put("title", curriculum.title());
    yaml.put("publishers", curriculum.publishers());
    yaml.put("version", curriculum.version());
    yaml.put("summary", curriculum.summary());
    yaml.put("professions", curriculum.professions());
    yaml.put("learningOutcomes", curriculum.learningOutcomes());
    yaml.put("challenges", curriculum.challenges());
    yaml.put("priorityAreas", curriculum.priorityAreas());
    yaml.put("settings", curriculum.settings());
    yaml.put("modules", curriculum.modules());
    return yaml;
  }

  private static String fileName(String title) {
    String name =
        title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return name.isEmpty() ? "unit" : name.substring(0, Math.min(name.length(), 60));
  }
}
