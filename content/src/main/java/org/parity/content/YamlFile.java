package org.parity.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One YAML file of a package, read as nodes so that every problem names its line. Each reader
 * method records a problem instead of throwing, so one pass reports everything wrong with a file.
 */
final class YamlFile {

  private static final LoadSettings SETTINGS =
      LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(10).build();

  private final String file;
  private final List<Problem> problems;
  private final MappingNode root;

  private YamlFile(String file, List<Problem> problems, MappingNode root) {
    this.file = file;
    this.problems = problems;
    this.root = root;
  }

  /** Parses the file; empty when it is not a YAML mapping (the problem is recorded). */
  static Optional<YamlFile> parse(String file, String text, List<Problem> problems) {
    try {
      Optional<Node> node = new Compose(SETTINGS).composeString(text);
      if (node.isPresent() && node.get() instanceof MappingNode mapping) {
        return Optional.of(new YamlFile(file, problems, mapping));
      }
      problems.add(new Problem(file, 1, "Expected a YAML mapping of keys to values."));
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      problems.add(new Problem(file, line, "Broken YAML: " + e.getProblem()));
    } catch (YamlEngineException | IllegalArgumentException e) {
      problems.add(new Problem(file, 0, "Broken YAML: " + e.getMessage()));
    }
    return Optional.empty();
  }

  MappingNode root() {
    return root;
  }

  String file() {
    return file;
  }

  void problem(Node at, String message) {
    problems.add(new Problem(file, line(at), message));
  }

  static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  Optional<Node> get(MappingNode map, String key) {
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return Optional.of(tuple.getValueNode());
      }
    }
    return Optional.empty();
  }

  String string(MappingNode map, String key, boolean required) {
    Optional<Node> node = get(map, key);
    if (node.isEmpty()) {
      if (required) {
        problem(map, "Missing '" + key + "'.");
      }
      return null;
    }
    if (node.get() instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
      return scalar.getValue().trim();
    }
    problem(node.get(), "'" + key + "' must be non-empty text.");
    return null;
  }

  Integer integer(MappingNode map, String key, int min, int max, Integer fallback) {
    Optional<Node> node = get(map, key);
    if (node.isEmpty()) {
      if (fallback == null) {
        problem(map, "Missing '" + key + "'.");
      }
      return fallback;
    }
    try {
      int value = Integer.parseInt(((ScalarNode) node.get()).getValue().trim());
      if (value < min || value > max) {
        problem(node.get(), "'" + key + "' must be between " + min + " and " + max + ".");
      }
      return value;
    } catch (NumberFormatException | ClassCastException e) {
      problem(node.get(), "'" + key + "' must be a whole number.");
      return fallback;
    }
  }

  Double number(MappingNode map, String key, double min, double max) {
    Optional<Node> node = get(map, key);
    if (node.isEmpty()) {
      problem(map, "Missing '" + key + "'.");
      return null;
    }
    try {
      double value = Double.parseDouble(((ScalarNode) node.get()).getValue().trim());
      if (value < min || value > max) {
        problem(node.get(), "'" + key + "' must be between " + min + " and " + max + ".");
      }
      return value;
    } catch (NumberFormatException | ClassCastException e) {
      problem(node.get(), "'" + key + "' must be a number.");
      return null;
    }
  }

  Boolean bool(MappingNode map, String key) {
    Optional<Node> node = get(map, key);
    if (node.isPresent() && node.get() instanceof ScalarNode scalar) {
      String value = scalar.getValue().trim();
      if (value.equals("true") || value.equals("false")) {
        return Boolean.valueOf(value);
      }
    }
    problem(node.orElse(map), "'" + key + "' must be true or false.");
    return null;
  }

  List<String> strings(MappingNode map, String key, boolean required) {
    List<String> values = new ArrayList<>();
    Optional<Node> node = get(map, key);
    if (node.isEmpty()) {
      if (required) {
        problem(map, "Missing '" + key + "' (a list).");
      }
      return values;
    }
    if (!(node.get() instanceof SequenceNode sequence)) {
      problem(node.get(), "'" + key + "' must be a list.");
      return values;
    }
    for (Node item : sequence.getValue()) {
      if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
        values.add(scalar.getValue().trim());
      } else {
        problem(item, "Each item of '" + key + "' must be non-empty text.");
      }
    }
    if (required && values.isEmpty()) {
      problem(node.get(), "'" + key + "' must not be empty.");
    }
    return values;
  }

  List<MappingNode> mappings(MappingNode map, String key) {
    List<MappingNode> values = new ArrayList<>();
    Optional<Node> node = get(map, key);
    if (node.isEmpty()) {
      problem(map, "Missing '" + key + "' (a list).");
      return values;
    }
    if (!(node.get() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
      problem(node.get(), "'" + key + "' must be a non-empty list.");
      return values;
    }
    for (Node item : sequence.getValue()) {
      if (item instanceof MappingNode mapping) {
        values.add(mapping);
      } else {
        problem(item, "Each item of '" + key + "' must be a mapping of keys to values.");
      }
    }
    return values;
  }
}
