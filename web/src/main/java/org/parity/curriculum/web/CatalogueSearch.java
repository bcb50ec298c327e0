package org.parity.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parity.curriculum.application.Catalogue;
import org.parity.curriculum.application.CatalogueViews.CatalogueFilter;
import org.parity.curriculum.application.CatalogueViews.CurriculumSummary;
import org.parity.curriculum.application.CatalogueViews.PublisherView;

/** The /curricula page: the filters live in the address (GET), so a search can be shared. */
@Named
@RequestScoped
public class CatalogueSearch {

  @Inject Catalogue catalogue;

  private String q;
  private String profession;
  private String priorityArea;
  private String challenge;
  private String publisher;
  private List<CurriculumSummary> results;

  public List<CurriculumSummary> getResults() {
    if (results == null) {
      results =
          catalogue.curricula(
              new CatalogueFilter(q, profession, priorityArea, challenge, publisher));
    }
    return results;
  }

  public List<PublisherView> getPublishers() {
    return catalogue.publishers();
  }

  public boolean isFiltered() {
    return !(blank(q)
        && blank(profession)
        && blank(priorityArea)
        && blank(challenge)
        && blank(publisher));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getProfession() {
    return profession;
  }

  public void setProfession(String profession) {
    this.profession = profession;
  }

  public String getPriorityArea() {
    return priorityArea;
  }

  public void setPriorityArea(String priorityArea) {
    this.priorityArea = priorityArea;
  }

  public String getChallenge() {
    return challenge;
  }

  public void setChallenge(String challenge) {
    this.challenge = challenge;
  }

  public String getPublisher() {
    return publisher;
  }

  public void setPublisher(String publisher) {
    this.publisher = publisher;
  }
}
