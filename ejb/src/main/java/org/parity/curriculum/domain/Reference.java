package org.parity.curriculum.domain;

import java.io.Serializable;
import java.time.LocalDate;
import org.parity.content.Citation;
import org.parity.content.Definitions.ReferenceDefinition;

/** A source a unit cites; {@link Citation} says what makes one valid. */
public record Reference(
    String title, String publisher, Integer year, String url, String doi, LocalDate accessedOn)
    implements Serializable {

  /** As a content package writes it. */
  public static Reference from(ReferenceDefinition source) {
    return new Reference(
        source.title(),
        source.publisher(),
        source.year(),
        source.url(),
        source.doi(),
        source.accessed());
  }

  public ReferenceDefinition definition() {
    return new ReferenceDefinition(title, publisher, year, url, doi, accessedOn);
  }

  /** Where a reader finds it: its web address, or its DOI's. */
  public String link() {
    return Citation.link(url, doi);
  }
}
