package org.parity.curriculum.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed from one module version to another: the details that differ, and the units (matched
 * by title) and questions (matched by id) that were added, removed or changed.
 */
public record VersionChanges(
    int from,
    int to,
    List<String> changedDetails,
    List<String> unitsAdded,
    List<String> unitsRemoved,
    List<String> unitsChanged,
    List<String> questionsAdded,
    List<String> questionsRemoved,
    List<String> questionsChanged)
    implements Serializable {

  public static VersionChanges between(ModuleVersion older, ModuleVersion newer) {
    List<String> details = new ArrayList<>();
    ModuleDetails a = older.details();
    ModuleDetails b = newer.details();
    compare(details, "title", a.title(), b.title());
    compare(details, "summary", a.summary(), b.summary());
    compare(details, "learningOutcomes", a.learningOutcomes(), b.learningOutcomes());
    compare(details, "estimatedMinutes", a.estimatedMinutes(), b.estimatedMinutes());
    compare(
        details, "cpdHours", a.cpdHours().stripTrailingZeros(), b.cpdHours().stripTrailingZeros());
    compare(
        details,
        "taxonomy",
        List.of(a.challenges(), a.priorityAreas(), a.settings(), a.themes()),
        List.of(b.challenges(), b.priorityAreas(), b.settings(), b.themes()));
    Map<String, UnitContent> oldUnits = new LinkedHashMap<>();
    older.getUnits().forEach(u -> oldUnits.put(u.getTitle(), u.content()));
    Map<String, UnitContent> newUnits = new LinkedHashMap<>();
    newer.getUnits().forEach(u -> newUnits.put(u.getTitle(), u.content()));
    Map<String, QuestionContent> oldQuestions = new LinkedHashMap<>();
    older.getQuestions().forEach(q -> oldQuestions.put(q.getQuestionKey(), q.content()));
    Map<String, QuestionContent> newQuestions = new LinkedHashMap<>();
    newer.getQuestions().forEach(q -> newQuestions.put(q.getQuestionKey(), q.content()));
    return new VersionChanges(
        older.getNumber(),
        newer.getNumber(),
        details,
        added(oldUnits, newUnits),
        added(newUnits, oldUnits),
        changed(oldUnits, newUnits),
        added(oldQuestions, newQuestions),
        added(newQuestions, oldQuestions),
        changed(oldQuestions, newQuestions));
  }

  public boolean isEmpty() {
    return changedDetails.isEmpty()
        && unitsAdded.isEmpty()
        && unitsRemoved.isEmpty()
        && unitsChanged.isEmpty()
        && questionsAdded.isEmpty()
        && questionsRemoved.isEmpty()
        && questionsChanged.isEmpty();
  }

  private static void compare(List<String> changes, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(field);
    }
  }

  private static <T> List<String> added(Map<String, T> before, Map<String, T> after) {
    return after.keySet().stream().filter(key -> !before.containsKey(key)).toList();
  }

  private static <T> List<String> changed(Map<String, T> before, Map<String, T> after) {
    return after.entrySet().stream()
        .filter(
            e ->
                before.containsKey(e.getKey())
                    && !Objects.equals(before.get(e.getKey()), e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }
}
