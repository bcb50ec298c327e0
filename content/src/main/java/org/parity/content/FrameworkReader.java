package org.parity.content;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * Reads a publisher's learning-outcome framework (format: content/README.md, "Outcome frameworks"):
 * as {@code framework.yaml} in a package, or as a CSV of outcomes typed or uploaded in the studio.
 * Like {@link PackageReader}, it collects every problem with its line and yields nothing when there
 * is one.
 */
public final class FrameworkReader {

  /** One outcome of a framework: its code (unique in the framework), its group and its wording. */
  public record OutcomeDefinition(String code, String group, String title) {}

  /** A module's learning outcome (by its position, from 1) mapped to outcomes of the framework. */
  public record MappingDefinition(String module, int outcome, List<String> codes) {}

  public record FrameworkDefinition(
      String slug,
      String title,
      String owner,
      String version,
      List<OutcomeDefinition> outcomes,
      List<MappingDefinition> mappings) {}

  public record Result<T>(Optional<T> content, List<Problem> problems) {
    public boolean isValid() {
      return problems.isEmpty();
    }
  }

  public static final int MAX_OUTCOMES = 500;
  public static final int MAX_TITLE = 300;
  public static final int MAX_GROUP = 120;
  public static final int MAX_VERSION = 40;
  public static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$");
  private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

  private FrameworkReader() {}

  /**
   * Every {@code frameworks/<slug>/framework.yaml} of a package.
   *
   * @param moduleOutcomes the learning outcomes of the modules its mappings may name, by slug
   */
  public static Result<List<FrameworkDefinition>> readAll(
      PackageFiles files, Map<String, List<String>> moduleOutcomes) {
    List<Problem> problems = new ArrayList<>(files.readingProblems());
    List<FrameworkDefinition> frameworks = new ArrayList<>();
    for (String folder : files.folders("frameworks")) {
      String path = "frameworks/" + folder + "/framework.yaml";
      Optional<String> text = files.text(path);
      if (text.isEmpty()) {
        problems.add(new Problem(path, 0, "File missing."));
        continue;
      }
      read(path, text.get(), folder, moduleOutcomes, problems).ifPresent(frameworks::add);
    }
    return new Result<>(
        problems.isEmpty() ? Optional.of(List.copyOf(frameworks)) : Optional.empty(),
        List.copyOf(problems));
  }

  /** One framework.yaml uploaded on its own; it may not map modules (that is done per module). */
  public static Result<FrameworkDefinition> readYaml(String file, String text) {
    List<Problem> problems = new ArrayList<>();
    Optional<FrameworkDefinition> read = read(file, text, null, Map.of(), problems);
    if (read.isPresent() && !read.get().mappings().isEmpty()) {
      problems.add(
          new Problem(
              file,
              0,
              "'mappings' are not taken from an upload: map a module's outcomes on its page."));
    }
    return new Result<>(problems.isEmpty() ? read : Optional.empty(), List.copyOf(problems));
  }

  /**
   * A CSV of outcomes with the header {@code code,group,title}, one outcome a row, as a publisher
   * keeps them in a spreadsheet.
   */
  public static Result<List<OutcomeDefinition>> readCsv(String file, String text) {
    List<Problem> problems = new ArrayList<>();
    List<OutcomeDefinition> outcomes = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try {
      var parser = format.parse(new StringReader(text.strip().replace("\uFEFF", "")));
      List<String> header = parser.getHeaderNames();
      if (!header.containsAll(List.of("code", "group", "title"))) {
        problems.add(
            new Problem(file, 1, "The first row must name the columns: code,group,title."));
        return new Result<>(Optional.empty(), List.copyOf(problems));
      }
      Set<String> codes = new HashSet<>();
      for (CSVRecord row : parser) {
        int line = (int) row.getRecordNumber() + 1;
        if (!row.isConsistent()) {
          problems.add(new Problem(file, line, "Each row needs a code, a group and a title."));
          continue;
        }
        OutcomeDefinition outcome =
            new OutcomeDefinition(row.get("code"), row.get("group"), row.get("title"));
        outcomeProblems(outcome, codes).forEach(m -> problems.add(new Problem(file, line, m)));
        outcomes.add(outcome);
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      problems.add(new Problem(file, 0, "Broken CSV: " + e.getMessage()));
    }
    countProblem(outcomes.size()).ifPresent(m -> problems.add(new Problem(file, 0, m)));
    return new Result<>(
        problems.isEmpty() ? Optional.of(List.copyOf(outcomes)) : Optional.empty(),
        List.copyOf(problems));
  }

  /** What is wrong with the number of outcomes, if anything. */
  public static Optional<String> countProblem(int count) {
    if (count == 0) {
      return Optional.of("A framework needs at least one outcome.");
    }
    if (count > MAX_OUTCOMES) {
      return Optional.of("A framework has at most " + MAX_OUTCOMES + " outcomes.");
    }
    return Optional.empty();
  }

  /** What is wrong with one outcome; {@code seen} collects codes, so a repeated one is caught. */
  public static List<String> outcomeProblems(OutcomeDefinition outcome, Set<String> seen) {
    List<String> problems = new ArrayList<>();
    if (outcome.code() == null || !CODE.matcher(outcome.code()).matches()) {
      problems.add(
          "'"
              + outcome.code()
              + "' is not an outcome code: letters, digits, dots, hyphens, at most 40.");
    } else if (!seen.add(outcome.code())) {
      problems.add("The code " + outcome.code() + " appears twice.");
    }
    if (outcome.group() == null || outcome.group().isBlank()) {
      problems.add("Outcome " + outcome.code() + " needs a group.");
    } else if (outcome.group().length() > MAX_GROUP) {
      problems.add(
          "Outcome " + outcome.code() + ": a group is at most " + MAX_GROUP + " characters.");
    }
    if (outcome.title() == null || outcome.title().isBlank()) {
      problems.add("Outcome " + outcome.code() + " needs a title.");
    } else if (outcome.title().length() > MAX_TITLE) {
      problems.add(
          "Outcome " + outcome.code() + ": a title is at most " + MAX_TITLE + " characters.");
    }
    return problems;
  }

  private static Optional<FrameworkDefinition> read(
      String file,
      String text,
      String folder,
      Map<String, List<String>> moduleOutcomes,
      List<Problem> problems) {
    Optional<YamlFile> parsed = YamlFile.parse(file, text, problems);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlFile yaml = parsed.get();
    MappingNode root = yaml.root();
    int before = problems.size();
    String slug = yaml.string(root, "slug", true);
    if (slug != null && !SLUG.matcher(slug).matches()) {
      yaml.problem(root, "'slug' must be lower-case words joined by hyphens.");
    } else if (slug != null && folder != null && !slug.equals(folder)) {
      yaml.problem(root, "'slug' (" + slug + ") must equal the folder's name (" + folder + ").");
    }
    String title = yaml.string(root, "title", true);
    if (title != null && title.length() > MAX_TITLE) {
      yaml.problem(root, "'title' is at most " + MAX_TITLE + " characters.");
    }
    String owner = yaml.string(root, "owner", true);
    if (owner != null && !SLUG.matcher(owner).matches()) {
      yaml.problem(root, "'owner' must be an organisation's slug.");
    }
    String version = yaml.string(root, "version", true);
    if (version != null && version.length() > MAX_VERSION) {
      yaml.problem(root, "'version' is at most " + MAX_VERSION + " characters.");
    }
    List<OutcomeDefinition> outcomes = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (MappingNode node : yaml.mappings(root, "outcomes")) {
      OutcomeDefinition outcome =
          new OutcomeDefinition(
              yaml.string(node, "code", true),
              yaml.string(node, "group", true),
              yaml.string(node, "title", true));
      outcomeProblems(outcome, codes).forEach(m -> yaml.problem(node, m));
      outcomes.add(outcome);
    }
    countProblem(outcomes.size()).ifPresent(m -> yaml.problem(root, m));
    List<MappingDefinition> mappings = new ArrayList<>();
    if (yaml.get(root, "mappings").isPresent()) {
      for (MappingNode node : yaml.mappings(root, "mappings")) {
        readMapping(yaml, node, codes, moduleOutcomes).ifPresent(mappings::add);
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new FrameworkDefinition(
            slug, title, owner, version, List.copyOf(outcomes), List.copyOf(mappings)));
  }

  private static Optional<MappingDefinition> readMapping(
      YamlFile yaml, MappingNode node, Set<String> codes, Map<String, List<String>> modules) {
    String module = yaml.string(node, "module", true);
    Integer outcome = yaml.integer(node, "outcome", 1, 100, null);
    List<String> mapped = yaml.strings(node, "codes", true);
    boolean valid = module != null && outcome != null && !mapped.isEmpty();
    if (module != null && !modules.containsKey(module)) {
      yaml.problem(node, "No module '" + module + "' in the package.");
      valid = false;
    } else if (module != null && outcome != null && outcome > modules.get(module).size()) {
      yaml.problem(
          node,
          "Module '"
              + module
              + "' has "
              + modules.get(module).size()
              + " learning outcomes, not "
              + outcome
              + ".");
      valid = false;
    }
    for (String code : mapped) {
      if (!codes.contains(code)) {
        yaml.problem(node, "No outcome '" + code + "' in this framework.");
        valid = false;
      }
    }
    return valid
        ? Optional.of(new MappingDefinition(module, outcome, List.copyOf(mapped)))
        : Optional.empty();
  }
}
