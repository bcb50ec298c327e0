package org.parity.casestudy.application;

import java.util.List;
import org.parity.casestudy.application.CaseStudyViews.RelatedStudy;
import org.parity.casestudy.domain.CaseStudy;

/**
 * "More like this": other published studies sharing the most priority areas, then settings and
 * challenges. The search context answers from its index, so a page never reads every study.
 */
public interface RelatedStudies {

  List<RelatedStudy> like(CaseStudy study, int limit);
}
