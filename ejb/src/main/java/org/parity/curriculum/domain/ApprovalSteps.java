package org.parity.curriculum.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a version in review stands against the reviews its publisher asks for, and the rules of
 * taking each step: the steps go in order (clinical, then lived experience, then approval); each is
 * done once per submission, by someone who did not write the version and did no other step; the
 * approver comes last and reviewed nothing themselves.
 */
public final class ApprovalSteps {

  /** One step the publisher asks for, with its review once done. */
  public record Step(ReviewerKind kind, Optional<ExpertReview> review, boolean next) {}

  private final List<ReviewerKind> required;
  private final List<ExpertReview> current;
  private final Set<String> authors;

  private ApprovalSteps(
      List<ReviewerKind> required, List<ExpertReview> current, Set<String> authors) {
    this.required = required;
    this.current = current;
    this.authors = authors;
  }

  /**
   * @param required the reviews the owner asks for, in order
   * @param reviews the version's reviews (superseded ones are left out)
   * @param authors the addresses of those who wrote, imported or submitted the version
   */
  public static ApprovalSteps of(
      List<ReviewerKind> required, List<ExpertReview> reviews, Set<String> authors) {
    return new ApprovalSteps(
        List.copyOf(required),
        reviews.stream().filter(ExpertReview::isCurrent).toList(),
        authors.stream().map(ApprovalSteps::key).collect(Collectors.toSet()));
  }

  /** The first review still to do, if any. */
  public Optional<ReviewerKind> next() {
    return required.stream().filter(kind -> review(kind).isEmpty()).findFirst();
  }

  public List<Step> steps() {
    Optional<ReviewerKind> next = next();
    return required.stream()
        .map(kind -> new Step(kind, review(kind), next.filter(kind::equals).isPresent()))
        .toList();
  }

  public void requireMayReview(ReviewerKind kind, String reviewer) {
    if (!required.contains(kind)) {
      throw new WorkflowException(
          "The publisher does not ask for this review.", "expertReview.refusal.notRequired");
    }
    if (review(kind).isPresent()) {
      throw new WorkflowException(
          "This review is already done for this submission.", "expertReview.refusal.done");
    }
    if (next().filter(kind::equals).isEmpty()) {
      throw new WorkflowException(
          "The " + next().orElseThrow() + " review comes first.",
          "expertReview.refusal.order." + next().orElseThrow().name());
    }
    if (authors.contains(key(reviewer))) {
      throw new WorkflowException(
          "You worked on this version, so someone else reviews it.",
          "expertReview.refusal.ownWork");
    }
    if (reviewed(reviewer)) {
      throw new WorkflowException(
          "You have done one review of this version; another person does this one.",
          "expertReview.refusal.oneStepEach");
    }
  }

  /** Approval comes once every review is done, from someone who did none of them. */
  public void requireMayApprove(String approver) {
    Optional<ReviewerKind> outstanding = next();
    if (outstanding.isPresent()) {
      throw new WorkflowException(
          "The " + outstanding.get() + " review is not done yet.",
          "expertReview.refusal.outstanding." + outstanding.get().name());
    }
    if (reviewed(approver)) {
      throw new WorkflowException(
          "You reviewed this version, so another publisher approves it.",
          "expertReview.refusal.reviewerApproves");
    }
  }

  private boolean reviewed(String person) {
    return current.stream().anyMatch(r -> key(r.getReviewerEmail()).equals(key(person)));
  }

  private Optional<ExpertReview> review(ReviewerKind kind) {
    return current.stream().filter(r -> r.getKind() == kind).findFirst();
  }

  private static String key(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }
}
