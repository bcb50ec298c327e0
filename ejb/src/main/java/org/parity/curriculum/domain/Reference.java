package org.parity.curriculum.domain;

import java.time.LocalDate;
import org.parity.content.Citation;

/** A source a unit cites; {@link Citation} says what makes one valid. */
public record Reference(
    String title, String publisher, Integer year, String url, String doi, LocalDate accessedOn) {

  /** Where a reader finds it: its web address, or its DOI's. */
  public String link() {
    return Citation.link(url, doi);
  }
}
