package org.parity.casestudy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parity.casestudy.application.CaseStudyAuthoring;
import org.parity.casestudy.application.CaseStudyViews.StudyLine;

/**
 * {@code /case-studies/mine}: the caller's case studies, where each stands, reviewers' comments.
 */
@Named
@RequestScoped
public class MyCaseStudies {

  @Inject CaseStudyAuthoring authoring;

  private List<StudyLine> studies;

  public List<StudyLine> getStudies() {
    if (studies == null) {
      studies = authoring.mine();
    }
    return studies;
  }
}
