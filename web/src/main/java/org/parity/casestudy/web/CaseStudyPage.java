package org.parity.casestudy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.parity.casestudy.application.CaseStudyReading;
import org.parity.casestudy.application.CaseStudyViews.StudyPage;
import org.parity.platform.web.LocaleSelection;
import org.parity.platform.web.PageAddress;

/** {@code /case-studies/{slug}}: a published case study; anything else is a 404. */
@Named
@RequestScoped
public class CaseStudyPage {

  @Inject CaseStudyReading reading;
  @Inject LocaleSelection locale;

  private String slug;
  private StudyPage study;

  public void load() {
    study = reading.page(slug).orElse(null);
    if (study == null) {
      PageAddress.notFound();
    }
  }

  /** "25 November 2026", in the reader's language. */
  public String getLastUpdated() {
    return DateTimeFormatter.ofPattern("d MMMM yyyy", locale.getLocale())
        .withZone(ZoneId.of("Europe/London"))
        .format(study.lastUpdatedAt());
  }

  public String getPublishedOn() {
    return study.publishedOn() == null
        ? ""
        : DateTimeFormatter.ofPattern("d MMMM yyyy", locale.getLocale())
            .format(study.publishedOn());
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public StudyPage getStudy() {
    return study;
  }
}
