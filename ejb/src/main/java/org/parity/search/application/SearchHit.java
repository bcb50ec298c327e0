package org.parity.search.application;

import java.time.LocalDate;

/**
 * One thing found.
 *
 * @param snippet HTML: the matched words in {@code <mark>}, everything else escaped
 */
public record SearchHit(
    String type, String slug, String title, String snippet, String address, LocalDate date) {}
