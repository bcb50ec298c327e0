package org.parity.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parity.learning.application.LearningService;
import org.parity.learning.application.LearningViews.ActivityView;
import org.parity.learning.application.LearningViews.CertificateSummary;
import org.parity.learning.application.LearningViews.EnrolmentSummary;
import org.parity.learning.application.LearningViews.OutsideMyProfession;

/** The learner's dashboard at /me: enrolments with progress, and certificates. */
@Named
@RequestScoped
public class MyLearning {

  @Inject LearningService learning;

  private List<EnrolmentSummary> enrolments;
  private List<CertificateSummary> certificates;
  private List<ActivityView> activity;
  private List<OutsideMyProfession> outside;

  public List<ActivityView> getActivity() {
    if (activity == null) {
      activity = learning.recentActivity(12);
    }
    return activity;
  }

  public List<EnrolmentSummary> getEnrolments() {
    if (enrolments == null) {
      enrolments = learning.myEnrolments();
    }
    return enrolments;
  }

  public List<CertificateSummary> getCertificates() {
    if (certificates == null) {
      certificates = learning.myCertificates();
    }
    return certificates;
  }

  /** Modules the caller completed that were written for other professions. */
  public List<OutsideMyProfession> getOutsideMyProfession() {
    if (outside == null) {
      outside = learning.learnedOutsideMyProfession();
    }
    return outside;
  }

  /** Whether the caller already takes this curriculum or module (any version). */
  public boolean enrolledIn(String kind, String slug) {
    return learning.isEnrolled(kind, slug);
  }
}
