package org.parity.benchmark.search;

import java.util.List;

/**
 * What a generated case study is mainly about: its vocabulary and its taxonomy codes. The judged
 * queries name topics, so "is this hit relevant?" is decided by the generator, not by a person.
 *
 * @param code the ground truth a judged query names
 * @param titles title templates; {@code {who}} becomes one of {@link #names}, {@code {place}} a
 *     place
 * @param names how authors write the condition or group: long forms first, abbreviations later
 * @param mention how another topic's study mentions this one in passing (comorbidity, referral)
 */
record Topic(
    String code,
    List<String> titles,
    List<String> names,
    String mention,
    String challenge,
    List<String> priorityAreas,
    List<String> settings,
    List<String> professions,
    List<String> problems,
    List<String> interventions,
    List<String> outcomes) {}
