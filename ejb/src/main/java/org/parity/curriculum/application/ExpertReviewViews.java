package org.parity.curriculum.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.parity.curriculum.domain.Reference;

/** What reviewers, editors, publishers and learners see of clinical and lived-experience review. */
public final class ExpertReviewViews {

  private ExpertReviewViews() {}

  /**
   * One review step of a version: its kind (CLINICAL, LIVED_EXPERIENCE), whether it is the next to
   * do, and once done who did it (their name), when, what they confirmed and said.
   */
  public record StepView(
      String kind,
      boolean next,
      boolean done,
      String reviewer,
      Instant reviewedAt,
      List<String> confirmed,
      String comment)
      implements Serializable {}

  /** A version in review waiting for the caller's review. */
  public record ReviewTask(
      String subject, long versionId, String title, String owner, int number, String kind)
      implements Serializable {}

  /** A unit as a reviewer reads it: rendered, with its sources. */
  public record UnitReading(
      String title, String kind, String html, String url, List<Reference> sources)
      implements Serializable {}

  /** A curriculum's module as a reviewer sees it, with a link to the module page. */
  public record ModuleReading(String slug, String title, int number) implements Serializable {}

  /**
   * A version open for review: what it says, the steps and where they stand, and the review the
   * caller may do now (null when none) with the checklist it asks them to confirm.
   */
  public record ReviewReading(
      String subject,
      long versionId,
      String title,
      String owner,
      int number,
      String status,
      String summary,
      List<String> outcomes,
      List<UnitReading> units,
      List<String> questions,
      List<ModuleReading> modules,
      List<StepView> steps,
      String myKind,
      List<String> checklist)
      implements Serializable {}

  /** A person invited to review for a publisher; {@code hasAccount} once they can sign in. */
  public record ReviewerView(long id, String email, String kind, boolean hasAccount)
      implements Serializable {}

  /** A publisher's review steps and reviewers, for its PUBLISHERs on the studio desk. */
  public record ReviewSettings(
      long organisationId,
      String name,
      boolean moduleClinical,
      boolean moduleLivedExperience,
      boolean curriculumClinical,
      boolean curriculumLivedExperience,
      List<ReviewerView> reviewers)
      implements Serializable {}

  /** What a learner reads on a module page: "clinically reviewed by … on …". */
  public record ReviewCredit(String kind, String reviewer, java.time.LocalDate reviewedOn) {}
}
