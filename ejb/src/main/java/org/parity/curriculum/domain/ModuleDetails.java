package org.parity.curriculum.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** What a module version says about itself, apart from its units and questions. */
public record ModuleDetails(
    String title,
    String summary,
    List<String> learningOutcomes,
    int estimatedMinutes,
    BigDecimal cpdHours,
    List<String> challenges,
    List<String> priorityAreas,
    List<String> settings,
    List<String> themes)
    implements Serializable {}
