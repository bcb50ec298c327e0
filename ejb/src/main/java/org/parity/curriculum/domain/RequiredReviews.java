package org.parity.curriculum.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviews a publisher asks for before its modules and its curricula are approved. A publisher
 * without a row asks for none: a PUBLISHER who did not write the version approves it alone.
 */
@Entity
public class RequiredReviews {

  public static final String MODULE = "MODULE";
  public static final String CURRICULUM = "CURRICULUM";

  @Id private Long organisationId;

  private boolean moduleClinical;
  private boolean moduleLivedExperience;
  private boolean curriculumClinical;
  private boolean curriculumLivedExperience;
  private String changedBy;
  private Instant changedAt;

  @Version private long version;

  protected RequiredReviews() {}

  public RequiredReviews(long organisationId) {
    this.organisationId = organisationId;
  }

  public void choose(
      boolean moduleClinical,
      boolean moduleLivedExperience,
      boolean curriculumClinical,
      boolean curriculumLivedExperience,
      String by,
      Instant now) {
    this.moduleClinical = moduleClinical;
    this.moduleLivedExperience = moduleLivedExperience;
    this.curriculumClinical = curriculumClinical;
    this.curriculumLivedExperience = curriculumLivedExperience;
    this.changedBy = by;
    this.changedAt = now;
  }

  /** The reviews a module or curriculum (by subject type) needs, in the order they are done. */
  public List<ReviewerKind> stepsFor(String subjectType) {
    boolean module = MODULE.equals(subjectType);
    List<ReviewerKind> steps = new ArrayList<>();
    if (module ? moduleClinical : curriculumClinical) {
      steps.add(ReviewerKind.CLINICAL);
    }
    if (module ? moduleLivedExperience : curriculumLivedExperience) {
      steps.add(ReviewerKind.LIVED_EXPERIENCE);
    }
    return List.copyOf(steps);
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public boolean isModuleClinical() {
    return moduleClinical;
  }

  public boolean isModuleLivedExperience() {
    return moduleLivedExperience;
  }

  public boolean isCurriculumClinical() {
    return curriculumClinical;
  }

  public boolean isCurriculumLivedExperience() {
    return curriculumLivedExperience;
  }
}
