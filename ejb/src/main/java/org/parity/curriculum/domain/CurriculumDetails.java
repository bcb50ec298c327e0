package org.parity.curriculum.domain;

import java.io.Serializable;
import java.util.List;

/** What a curriculum version says about itself, apart from its publishers and modules. */
public record CurriculumDetails(
    String title,
    String summary,
    List<String> learningOutcomes,
    List<String> professions,
    List<String> challenges,
    List<String> priorityAreas,
    List<String> settings)
    implements Serializable {}
