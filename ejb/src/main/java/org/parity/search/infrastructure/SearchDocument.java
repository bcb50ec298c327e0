package org.parity.search.infrastructure;

import java.time.LocalDate;
import java.util.List;

/**
 * What the index keeps of anything searchable, whatever its kind: the same fields for case studies,
 * modules and discussions, so one query can cover all three.
 *
 * @param visible false for what nobody should find (a draft, an unpublished study)
 * @param networkId the closed network whose members alone may find it, or 0 when anyone may
 */
public record SearchDocument(
    String kind,
    String slug,
    String address,
    String title,
    String body,
    LocalDate date,
    List<String> challenges,
    List<String> priorityAreas,
    List<String> settings,
    List<String> professions,
    String region,
    boolean visible,
    long networkId) {}
