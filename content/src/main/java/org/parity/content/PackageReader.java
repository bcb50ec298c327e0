package org.parity.content;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parity.content.Definitions.ContentPackage;
import org.parity.content.Definitions.CurriculumDefinition;
import org.parity.content.Definitions.ImageDefinition;
import org.parity.content.Definitions.ModuleDefinition;
import org.parity.content.Definitions.OptionDefinition;
import org.parity.content.Definitions.QuestionDefinition;
import org.parity.content.Definitions.QuestionType;
import org.parity.content.Definitions.ReferenceDefinition;
import org.parity.content.Definitions.UnitDefinition;
import org.parity.content.Definitions.UnitKind;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * Reads and checks a content package (format: content/README.md) in one pass, collecting every
 * problem with its file and line. A package with any problem yields no content: all or nothing.
 */
public final class PackageReader {

  /** The package's content when it has no problem; otherwise every problem found. */
  public record Result(Optional<ContentPackage> content, List<Problem> problems) {
    public boolean isValid() {
      return problems.isEmpty();
    }
  }

  private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");
  private static final Pattern URL = Pattern.compile("^https://\\S+$");

  private PackageReader() {}

  /**
   * @param known modules that exist already outside this package (slugs), which curricula may
   *     include
   */
  public static Result read(PackageFiles files, Set<String> known) {
    List<Problem> problems = new ArrayList<>(files.readingProblems());
    List<ModuleDefinition> modules = new ArrayList<>();
    for (String folder : files.folders("modules")) {
      readModule(files, folder, problems).ifPresent(modules::add);
    }
    Set<String> available = new HashSet<>(known);
    modules.forEach(m -> available.add(m.slug()));
    List<CurriculumDefinition> curricula = new ArrayList<>();
    for (String folder : files.folders("curricula")) {
      readCurriculum(files, folder, available, problems).ifPresent(curricula::add);
    }
    if (problems.isEmpty() && modules.isEmpty() && curricula.isEmpty()) {
      problems.add(
          new Problem(
              "(package)", 0, "The package has no modules/ or curricula/ folder with content."));
    }
    return new Result(
        problems.isEmpty() ? Optional.of(new ContentPackage(modules, curricula)) : Optional.empty(),
        List.copyOf(problems));
  }

  private static Optional<ModuleDefinition> readModule(
      PackageFiles files, String folder, List<Problem> problems) {
    String base = "modules/" + folder + "/";
    Optional<YamlFile> parsed = yaml(files, base + "module.yaml", problems);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlFile yaml = parsed.get();
    MappingNode root = yaml.root();
    int before = problems.size();
    String slug = slug(yaml, root, folder);
    String title = yaml.string(root, "title", true);
    String owner = yaml.string(root, "owner", true);
    if (owner != null && !SLUG.matcher(owner).matches()) {
      yaml.problem(
          root, "'owner' must be an organisation's slug, like college-of-whole-person-care-demo.");
    }
    Integer version = yaml.integer(root, "version", 1, 100_000, null);
    String summary = yaml.string(root, "summary", true);
    List<String> outcomes = yaml.strings(root, "learningOutcomes", true);
    Integer minutes = yaml.integer(root, "estimatedMinutes", 1, 600, null);
    Double cpd = yaml.number(root, "cpdHours", 0, 50);
    List<String> challenges = codes(yaml, root, "challenges");
    List<String> priorityAreas = codes(yaml, root, "priorityAreas");
    List<String> settings = codes(yaml, root, "settings");
    List<String> themes = codes(yaml, root, "themes");
    List<QuestionDefinition> questions = readQuestions(files, base, problems);
    List<UnitDefinition> units = new ArrayList<>();
    for (MappingNode unit : yaml.mappings(root, "units")) {
      readUnit(files, base, yaml, unit, questions.size()).ifPresent(units::add);
    }
    List<ImageDefinition> images = readImages(files, base, yaml, root);
    Set<String> carried = new HashSet<>();
    images.forEach(image -> carried.add(image.name()));
    for (UnitDefinition unit : units) {
      for (String shown : shownImages(unit.body())) {
        if (!carried.contains(shown)) {
          yaml.problem(
              root,
              "Unit '"
                  + unit.title()
                  + "' shows images/"
                  + shown
                  + ", which is not in the module's 'images' list.");
        }
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new ModuleDefinition(
            slug,
            title,
            owner,
            version,
            summary,
            outcomes,
            minutes,
            cpd,
            challenges,
            priorityAreas,
            settings,
            themes,
            units,
            questions,
            images));
  }

  private static final Pattern SHOWN_IMAGE =
      Pattern.compile("!\\[[^\\]]*\\]\\(images/([^)\\s]+)\\)");

  /** The images a unit's Markdown shows, by name: {@code ![…](images/NAME)}. */
  public static List<String> shownImages(String markdown) {
    List<String> names = new ArrayList<>();
    if (markdown != null) {
      java.util.regex.Matcher shown = SHOWN_IMAGE.matcher(markdown);
      while (shown.find()) {
        names.add(shown.group(1));
      }
    }
    return names;
  }

  /**
   * The images a module carries ({@code images:} in module.yaml, each a file under images/ with its
   * alternative text), each accepted by the same rules as in the studio ({@link ImageFile}).
   */
  private static List<ImageDefinition> readImages(
      PackageFiles files, String base, YamlFile yaml, MappingNode root) {
    List<ImageDefinition> images = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<MappingNode> entries =
        yaml.get(root, "images").isPresent() ? yaml.mappings(root, "images") : List.of();
    if (entries.size() > ImageFile.MAX_PER_MODULE) {
      yaml.problem(root, "A module can carry at most " + ImageFile.MAX_PER_MODULE + " images.");
      return images;
    }
    for (MappingNode entry : entries) {
      String file = yaml.string(entry, "file", true);
      String alt = yaml.string(entry, "alt", false);
      if (file == null) {
        continue;
      }
      String name = file.startsWith("images/") ? file.substring("images/".length()) : "";
      if (!ImageFile.isName(name)) {
        yaml.problem(
            entry,
            "'file' must be images/NAME, where NAME is lower-case words joined by hyphens ending"
                + " .png, .jpg or .svg, like images/care-plan.png.");
        continue;
      }
      if (!names.add(name)) {
        yaml.problem(entry, "images/" + name + " is listed twice.");
        continue;
      }
      if (ImageFile.altProblem(alt).isPresent()) {
        yaml.problem(
            entry,
            "'alt' is required: say what the image shows for people who cannot see it (at most "
                + ImageFile.MAX_ALT
                + " characters).");
        continue;
      }
      Optional<byte[]> bytes = files.bytes(base + file);
      if (bytes.isEmpty()) {
        yaml.problem(entry, "File missing: " + base + file + ".");
        continue;
      }
      try {
        ImageFile.Accepted accepted = ImageFile.accept(bytes.get());
        if (!name.endsWith("." + accepted.extension())) {
          yaml.problem(
              entry,
              base
                  + file
                  + " holds a "
                  + accepted.extension().toUpperCase(java.util.Locale.ROOT)
                  + " image: its name must end ."
                  + accepted.extension()
                  + ".");
          continue;
        }
        images.add(new ImageDefinition(name, alt.strip(), accepted.bytes()));
      } catch (ImageFile.Refused refused) {
        yaml.problem(entry, base + file + ": " + refused.getMessage());
      }
    }
    return images;
  }

  /** A unit with the sources it cites; one that makes clinical claims must cite some. */
  private static Optional<UnitDefinition> readUnit(
      PackageFiles files, String base, YamlFile yaml, MappingNode unit, int bankSize) {
    Optional<UnitDefinition> content = readUnitContent(files, base, yaml, unit, bankSize);
    boolean claims =
        yaml.get(unit, "clinicalClaims").isPresent()
            && Boolean.TRUE.equals(yaml.bool(unit, "clinicalClaims"));
    List<ReferenceDefinition> references = readReferences(yaml, unit);
    if (claims && references.isEmpty()) {
      yaml.problem(unit, Citation.ENGLISH.get("sources.claimsNeedSources"));
    }
    return content.map(
        u ->
            new UnitDefinition(
                u.kind(),
                u.title(),
                u.body(),
                u.url(),
                u.passMark(),
                u.questionCount(),
                u.maxAttempts(),
                claims,
                references));
  }

  private static List<ReferenceDefinition> readReferences(YamlFile yaml, MappingNode unit) {
    List<ReferenceDefinition> references = new ArrayList<>();
    if (yaml.get(unit, "references").isEmpty()) {
      return references;
    }
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    for (MappingNode source : yaml.mappings(unit, "references")) {
      Integer year =
          yaml.get(source, "year").isPresent()
              ? yaml.integer(source, "year", Citation.EARLIEST_YEAR, today.getYear() + 1, null)
              : null;
      LocalDate accessed = null;
      String accessedText = yaml.string(source, "accessed", false);
      if (accessedText != null) {
        try {
          accessed = LocalDate.parse(accessedText);
        } catch (DateTimeParseException e) {
          yaml.problem(source, "'accessed' must be a date written as 2026-11-20.");
        }
      }
      ReferenceDefinition reference =
          new ReferenceDefinition(
              yaml.string(source, "title", false),
              yaml.string(source, "publisher", false),
              year,
              yaml.string(source, "url", false),
              yaml.string(source, "doi", false),
              accessed);
      Citation.problems(reference, today).values().stream()
          .distinct()
          .forEach(key -> yaml.problem(source, Citation.ENGLISH.get(key)));
      references.add(reference);
    }
    return references;
  }

  private static Optional<UnitDefinition> readUnitContent(
      PackageFiles files, String base, YamlFile yaml, MappingNode unit, int bankSize) {
    String kindText = yaml.string(unit, "kind", true);
    String title = yaml.string(unit, "title", true);
    UnitKind kind;
    try {
      kind = UnitKind.valueOf(kindText == null ? "" : kindText);
    } catch (IllegalArgumentException e) {
      yaml.problem(unit, "'kind' must be TEXT, VIDEO, REFLECTION or QUIZ.");
      return Optional.empty();
    }
    switch (kind) {
      case TEXT -> {
        String body = linkedFile(files, base, yaml, unit, "file");
        return Optional.of(new UnitDefinition(kind, title, body, null, 0, 0, 0));
      }
      case VIDEO -> {
        String url = yaml.string(unit, "url", true);
        if (url != null && !URL.matcher(url).matches()) {
          yaml.problem(unit, "'url' must be an https:// address.");
        }
        String transcript = linkedFile(files, base, yaml, unit, "transcript");
        return Optional.of(new UnitDefinition(kind, title, transcript, url, 0, 0, 0));
      }
      case REFLECTION -> {
        String prompt = yaml.string(unit, "prompt", true);
        return Optional.of(new UnitDefinition(kind, title, prompt, null, 0, 0, 0));
      }
      default -> {
        Integer passMark = yaml.integer(unit, "passMark", 1, 1000, null);
        Integer count = yaml.integer(unit, "questionCount", 1, 1000, null);
        Integer attempts = yaml.integer(unit, "maxAttempts", 0, 1000, 0);
        if (passMark != null && count != null && passMark > count) {
          yaml.problem(
              unit, "'passMark' (" + passMark + ") is more than 'questionCount' (" + count + ").");
        }
        if (count != null && count > bankSize) {
          yaml.problem(
              unit,
              "'questionCount' ("
                  + count
                  + ") is more than the "
                  + bankSize
                  + " questions in questions.yaml.");
        }
        return Optional.of(
            new UnitDefinition(
                kind,
                title,
                null,
                null,
                passMark == null ? 0 : passMark,
                count == null ? 0 : count,
                attempts));
      }
    }
  }

  private static List<QuestionDefinition> readQuestions(
      PackageFiles files, String base, List<Problem> problems) {
    List<QuestionDefinition> questions = new ArrayList<>();
    if (!files.exists(base + "questions.yaml")) {
      return questions;
    }
    Optional<YamlFile> parsed = yaml(files, base + "questions.yaml", problems);
    if (parsed.isEmpty()) {
      return questions;
    }
    YamlFile yaml = parsed.get();
    Set<String> ids = new HashSet<>();
    for (MappingNode question : yaml.mappings(yaml.root(), "questions")) {
      String id = yaml.string(question, "id", true);
      if (id != null && !ids.add(id)) {
        yaml.problem(question, "Question id '" + id + "' is used twice.");
      }
      String text = yaml.string(question, "text", true);
      QuestionType type = null;
      String typeText = yaml.string(question, "type", true);
      try {
        type = typeText == null ? null : QuestionType.valueOf(typeText);
      } catch (IllegalArgumentException e) {
        yaml.problem(question, "'type' must be SINGLE, MULTIPLE or TRUE_FALSE.");
      }
      List<OptionDefinition> options = new ArrayList<>();
      for (MappingNode option : yaml.mappings(question, "options")) {
        String optionText = yaml.string(option, "text", true);
        Boolean correct = yaml.bool(option, "correct");
        String feedback = yaml.string(option, "feedback", true);
        options.add(new OptionDefinition(optionText, Boolean.TRUE.equals(correct), feedback));
      }
      long correctCount = options.stream().filter(OptionDefinition::correct).count();
      if (options.size() < 2) {
        yaml.problem(question, "A question needs at least two options.");
      } else if (type == QuestionType.MULTIPLE && correctCount < 1) {
        yaml.problem(question, "A MULTIPLE question needs at least one correct option.");
      } else if ((type == QuestionType.SINGLE || type == QuestionType.TRUE_FALSE)
          && correctCount != 1) {
        yaml.problem(question, "A " + type + " question needs exactly one correct option.");
      }
      if (type == QuestionType.TRUE_FALSE && options.size() != 2) {
        yaml.problem(question, "A TRUE_FALSE question has exactly two options.");
      }
      questions.add(new QuestionDefinition(id, type, text, options));
    }
    return questions;
  }

  private static Optional<CurriculumDefinition> readCurriculum(
      PackageFiles files, String folder, Set<String> available, List<Problem> problems) {
    Optional<YamlFile> parsed = yaml(files, "curricula/" + folder + "/curriculum.yaml", problems);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlFile yaml = parsed.get();
    MappingNode root = yaml.root();
    int before = problems.size();
    String slug = slug(yaml, root, folder);
    String title = yaml.string(root, "title", true);
    List<String> publishers = yaml.strings(root, "publishers", true);
    publishers.stream()
        .filter(p -> !SLUG.matcher(p).matches())
        .forEach(p -> yaml.problem(root, "Publisher '" + p + "' is not an organisation's slug."));
    Integer version = yaml.integer(root, "version", 1, 100_000, null);
    String summary = yaml.string(root, "summary", true);
    List<String> professions = codes(yaml, root, "professions");
    List<String> outcomes = yaml.strings(root, "learningOutcomes", true);
    List<String> challenges = codes(yaml, root, "challenges");
    List<String> priorityAreas = codes(yaml, root, "priorityAreas");
    List<String> settings = codes(yaml, root, "settings");
    List<String> modules = yaml.strings(root, "modules", true);
    Set<String> seen = new HashSet<>();
    for (String module : modules) {
      if (!available.contains(module)) {
        yaml.problem(
            yaml.get(root, "modules").orElse(root),
            "Module '" + module + "' is neither in this package nor already published.");
      }
      if (!seen.add(module)) {
        yaml.problem(
            yaml.get(root, "modules").orElse(root), "Module '" + module + "' is listed twice.");
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new CurriculumDefinition(
            slug,
            title,
            publishers,
            version,
            summary,
            professions,
            outcomes,
            challenges,
            priorityAreas,
            settings,
            modules));
  }

  private static Optional<YamlFile> yaml(PackageFiles files, String path, List<Problem> problems) {
    Optional<String> text = files.text(path);
    if (text.isEmpty()) {
      problems.add(new Problem(path, 0, "File missing."));
      return Optional.empty();
    }
    return YamlFile.parse(path, text.get(), problems);
  }

  private static String slug(YamlFile yaml, MappingNode root, String folder) {
    String slug = yaml.string(root, "slug", true);
    if (slug != null && !SLUG.matcher(slug).matches()) {
      yaml.problem(root, "'slug' must be lower-case words joined by hyphens.");
    } else if (slug != null && !slug.equals(folder)) {
      yaml.problem(root, "'slug' (" + slug + ") must equal the folder's name (" + folder + ").");
    }
    return slug;
  }

  private static List<String> codes(YamlFile yaml, MappingNode root, String key) {
    List<String> codes = yaml.strings(root, key, false);
    codes.stream()
        .filter(code -> !CODE.matcher(code).matches())
        .forEach(
            code ->
                yaml.problem(
                    root,
                    "'" + code + "' in '" + key + "' is not a taxonomy code (like PERINATAL)."));
    return codes;
  }

  private static String linkedFile(
      PackageFiles files, String base, YamlFile yaml, MappingNode unit, String key) {
    String name = yaml.string(unit, key, true);
    if (name == null) {
      return null;
    }
    if (PackageFiles.isUnsafe(name) || name.contains("/")) {
      yaml.problem(unit, "'" + key + "' must name a file in the module's own folder.");
      return null;
    }
    Optional<String> text = files.text(base + name);
    if (text.isEmpty()) {
      yaml.problem(unit, "'" + key + "' names " + name + ", which is not in the module's folder.");
      return null;
    }
    if (text.get().isBlank()) {
      yaml.problem(unit, name + " is empty.");
    }
    return text.get();
  }
}
