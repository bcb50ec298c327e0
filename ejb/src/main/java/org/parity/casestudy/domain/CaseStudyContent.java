package org.parity.casestudy.domain;

import java.io.Serializable;
import java.util.List;

/**
 * Everything an author writes in a case study, as one value: a revision holds one, the published
 * study copies one in when an editor publishes it.
 */
public record CaseStudyContent(
    String title,
    String summary,
    String setting,
    String population,
    String problem,
    String intervention,
    String outcomes,
    String costs,
    String lessons,
    String organisation,
    String region,
    List<String> contacts,
    List<String> challenges,
    List<String> priorityAreas,
    List<String> professions,
    List<String> settings,
    List<String> moduleSlugs)
    implements Serializable {

  public CaseStudyContent {
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
    challenges = challenges == null ? List.of() : List.copyOf(challenges);
    priorityAreas = priorityAreas == null ? List.of() : List.copyOf(priorityAreas);
    professions = professions == null ? List.of() : List.copyOf(professions);
    settings = settings == null ? List.of() : List.copyOf(settings);
    moduleSlugs = moduleSlugs == null ? List.of() : List.copyOf(moduleSlugs);
  }

  /** An empty form for a new draft. */
  public static CaseStudyContent empty() {
    return new CaseStudyContent(
        "", "", "", "", "", "", "", "", "", "", "", null, null, null, null, null, null);
  }
}
