package org.parity.curriculum.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.parity.content.Citation;
import org.parity.curriculum.domain.Reference;

/** One source on the unit form, as the editor types it: one field for a web address or a DOI. */
public class SourceRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String publisher;
  private Integer year;
  private String link;
  private LocalDate accessed;

  public SourceRow() {}

  static SourceRow of(Reference reference) {
    SourceRow row = new SourceRow();
    row.title = reference.title();
    row.publisher = reference.publisher();
    row.year = reference.year();
    row.link = reference.url() != null ? reference.url() : reference.doi();
    row.accessed = reference.accessedOn();
    return row;
  }

  boolean isEmpty() {
    return blank(title) && blank(publisher) && year == null && blank(link) && accessed == null;
  }

  Reference reference() {
    return Reference.from(Citation.typed(title, publisher, year, link, accessed));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getPublisher() {
    return publisher;
  }

  public void setPublisher(String publisher) {
    this.publisher = publisher;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }

  public LocalDate getAccessed() {
    return accessed;
  }

  public void setAccessed(LocalDate accessed) {
    this.accessed = accessed;
  }
}
