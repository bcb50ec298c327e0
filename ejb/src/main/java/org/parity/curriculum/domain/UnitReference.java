package org.parity.curriculum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A {@link Reference} as a unit stores it, in order, in {@code unit_reference}. */
@Embeddable
public class UnitReference {

  private String title;
  private String publisher;

  @Column(name = "published_year")
  private Integer year;

  private String url;
  private String doi;
  private LocalDate accessedOn;

  protected UnitReference() {}

  UnitReference(Reference reference) {
    this.title = reference.title();
    this.publisher = reference.publisher();
    this.year = reference.year();
    this.url = reference.url();
    this.doi = reference.doi();
    this.accessedOn = reference.accessedOn();
  }

  Reference reference() {
    return new Reference(title, publisher, year, url, doi, accessedOn);
  }
}
