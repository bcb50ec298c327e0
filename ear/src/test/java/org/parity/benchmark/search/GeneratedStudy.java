package org.parity.benchmark.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated case study, as the {@code case_study} table stores it, and the topic it is about.
 */
record GeneratedStudy(
    long id,
    String slug,
    String topic,
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
    List<String> challenges,
    List<String> priorityAreas,
    List<String> professions,
    List<String> settings,
    LocalDate publishedOn) {}
