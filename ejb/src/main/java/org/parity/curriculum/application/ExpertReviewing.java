package org.parity.curriculum.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.curriculum.application.ExpertReviewViews.ModuleReading;
import org.parity.curriculum.application.ExpertReviewViews.ReviewCredit;
import org.parity.curriculum.application.ExpertReviewViews.ReviewReading;
import org.parity.curriculum.application.ExpertReviewViews.ReviewTask;
import org.parity.curriculum.application.ExpertReviewViews.StepView;
import org.parity.curriculum.application.ExpertReviewViews.UnitReading;
import org.parity.curriculum.domain.ApprovalSteps;
import org.parity.curriculum.domain.ContentReview;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ExpertReview;
import org.parity.curriculum.domain.Lifecycle;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.PublisherReviewer;
import org.parity.curriculum.domain.RequiredReviews;
import org.parity.curriculum.domain.ReviewEvent;
import org.parity.curriculum.domain.ReviewerKind;
import org.parity.curriculum.domain.ReviewerKind.ChecklistItem;
import org.parity.curriculum.domain.VersionStatus;
import org.parity.curriculum.domain.WorkflowException;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Organisation;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Accounts;
import org.parity.platform.Configuration;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;
import org.parity.platform.mail.MailOutbox;
import org.parity.platform.text.Markdown;

/**
 * Clinical and lived-experience review of modules and curricula in review, before a PUBLISHER
 * approves them: what waits for each reviewer, what they read, recording a review or asking for
 * changes, and what the studio's approval must wait for. Only people the owner invited review for
 * it, whether or not they belong to the publisher; the order and who may take which step is {@link
 * ApprovalSteps}'s.
 */
@Stateless
@PermitAll
public class ExpertReviewing {

  public static final int COMMENT_LIMIT = 4000;

  @Inject Curricula curricula;
  @Inject Accounts accounts;
  @Inject EditorialRights rights;
  @Inject Markdown markdown;
  @Inject ModuleImages images;
  @Inject MailOutbox outbox;
  @Inject Configuration configuration;
  @Inject Clock clock;

  /** A module or curriculum version, as the review steps need it. */
  private record Subject(
      String type,
      long id,
      Organisation owner,
      String title,
      int number,
      Lifecycle lifecycle,
      ModuleVersion module,
      CurriculumVersion curriculum) {

    static Subject of(ModuleVersion v) {
      return new Subject(
          RequiredReviews.MODULE,
          v.getId(),
          v.getModule().getOwner(),
          v.getTitle(),
          v.getNumber(),
          v.lifecycle(),
          v,
          null);
    }

    static Subject of(CurriculumVersion v) {
      return new Subject(
          RequiredReviews.CURRICULUM,
          v.getId(),
          v.getCurriculum().getLeadPublisher(),
          v.getTitle(),
          v.getNumber(),
          v.lifecycle(),
          null,
          v);
    }
  }

  /** Versions in review whose next step is a review the caller was invited to do. */
  public List<ReviewTask> waiting() {
    Account me = rights.caller();
    List<PublisherReviewer> mine = curricula.reviewerInvitations(me.getEmail());
    if (mine.isEmpty()) {
      return List.of();
    }
    List<Subject> inReview = new ArrayList<>();
    curricula.moduleVersionsInReview().forEach(v -> inReview.add(Subject.of(v)));
    curricula.curriculumVersionsInReview().forEach(v -> inReview.add(Subject.of(v)));
    List<ReviewTask> tasks = new ArrayList<>();
    for (Subject subject : inReview) {
      Optional<ReviewerKind> next = steps(subject).next();
      if (next.isPresent()
          && mine.stream().anyMatch(r -> r.isFor(subject.owner(), next.get()))
          && !authors(subject).contains(me.getEmail())) {
        tasks.add(
            new ReviewTask(
                subject.type(),
                subject.id(),
                subject.title(),
                subject.owner().getName(),
                subject.number(),
                next.get().name()));
      }
    }
    return tasks;
  }

  /** A version as a reviewer reads it: for the owner's invited reviewers and its editors. */
  public ReviewReading reading(String type, long versionId) {
    Subject subject = subject(type, versionId);
    Account me = rights.caller();
    boolean invited = !invitations(me, subject.owner()).isEmpty();
    if (!invited && !rights.mayAuthorFor(subject.owner())) {
      throw new NotAllowedException("Not a reviewer for " + subject.owner().getName());
    }
    ApprovalSteps steps = steps(subject);
    Optional<ReviewerKind> mine = myStep(subject, steps, me);
    return new ReviewReading(
        subject.type(),
        subject.id(),
        subject.title(),
        subject.owner().getName(),
        subject.number(),
        subject.lifecycle().status().name(),
        subject.module() != null
            ? subject.module().details().summary()
            : subject.curriculum().details().summary(),
        subject.module() != null
            ? subject.module().details().learningOutcomes()
            : subject.curriculum().details().learningOutcomes(),
        subject.module() == null
            ? List.of()
            : subject.module().getUnits().stream()
                .map(
                    u ->
                        new UnitReading(
                            u.getTitle(),
                            u.getKind().name(),
                            markdown.toSafeHtml(u.getBody(), images.links(subject.module())),
                            u.getUrl(),
                            u.getReferences()))
                .toList(),
        subject.module() == null
            ? List.of()
            : subject.module().getQuestions().stream()
                .map(q -> markdown.toSafeHtml(q.content().text()))
                .toList(),
        subject.curriculum() == null
            ? List.of()
            : subject.curriculum().getModules().stream()
                .map(m -> new ModuleReading(m.getModule().getSlug(), m.getTitle(), m.getNumber()))
                .toList(),
        views(steps),
        mine.map(Enum::name).orElse(null),
        mine.map(k -> k.checklist().stream().map(Enum::name).toList()).orElse(List.of()));
  }

  /** An invited reviewer records their review, every checklist item confirmed. */
  public void record(
      String type,
      long versionId,
      ReviewerKind kind,
      Set<ChecklistItem> confirmed,
      String comment,
      String pageBase) {
    if (kind == null) {
      throw InvalidInput.of("kind", "expertReview.kindRequired");
    }
    Subject subject = subject(type, versionId);
    Account me = requireInvited(subject, kind);
    requireInReview(subject);
    steps(subject).requireMayReview(kind, me.getEmail());
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (confirmed == null || !kind.completedBy(confirmed)) {
      errors.add("checklist", "expertReview.checklistIncomplete." + kind.name());
    }
    if (comment != null && comment.length() > COMMENT_LIMIT) {
      errors.add("comment", "expertReview.commentTooLong");
    }
    errors.throwIfAny();
    String said = comment == null || comment.isBlank() ? null : comment.strip();
    curricula.add(
        new ExpertReview(
            subject.type(), subject.id(), kind, me.getEmail(), confirmed, said, clock.instant()));
    rights.record(
        subject.type(),
        subject.id(),
        kind == ReviewerKind.CLINICAL
            ? ReviewEvent.Action.CLINICAL_REVIEW
            : ReviewEvent.Action.LIVED_REVIEW,
        said);
    announce(subject, pageBase);
  }

  /**
   * The reviewer whose turn it is sends the version back to its editors, saying what to change; the
   * next submission is reviewed afresh.
   */
  public void askForChanges(String type, long versionId, String comment) {
    Subject subject = subject(type, versionId);
    requireInReview(subject);
    ApprovalSteps steps = steps(subject);
    ReviewerKind kind =
        steps
            .next()
            .orElseThrow(
                () ->
                    new WorkflowException(
                        "Every review is done; a publisher decides now.",
                        "expertReview.refusal.allDone"));
    Account me = requireInvited(subject, kind);
    steps.requireMayReview(kind, me.getEmail());
    if (comment == null || comment.isBlank()) {
      throw InvalidInput.of("comment", "studio.commentRequired");
    }
    if (comment.length() > COMMENT_LIMIT) {
      throw InvalidInput.of("comment", "expertReview.commentTooLong");
    }
    subject.lifecycle().returnToDraft();
    supersede(subject.type(), subject.id());
    rights.record(subject.type(), subject.id(), ReviewEvent.Action.RETURNED, comment.strip());
  }

  /** The steps of a version for the studio's page. */
  public List<StepView> stepsOf(ModuleVersion version) {
    return views(steps(Subject.of(version)));
  }

  public List<StepView> stepsOf(CurriculumVersion version) {
    return views(steps(Subject.of(version)));
  }

  /** Approval waits for every review the owner asks for, by someone who did none of them. */
  public void requireApprovable(ModuleVersion version) {
    steps(Subject.of(version)).requireMayApprove(rights.callerName());
  }

  public void requireApprovable(CurriculumVersion version) {
    steps(Subject.of(version)).requireMayApprove(rights.callerName());
  }

  /** Sent back to its editors: this submission's reviews no longer count. */
  public void supersede(String type, long versionId) {
    curricula.expertReviews(type, versionId).forEach(ExpertReview::supersede);
  }

  /** Submitted: whoever does the first step (a reviewer, or the owner's PUBLISHERs) is told. */
  public void submitted(ModuleVersion version, String pageBase) {
    announce(Subject.of(version), pageBase);
  }

  public void submitted(CurriculumVersion version, String pageBase) {
    announce(Subject.of(version), pageBase);
  }

  /** What a learner reads of a published version's reviews. */
  public List<ReviewCredit> credits(String type, long versionId) {
    return curricula.expertReviews(type, versionId).stream()
        .filter(ExpertReview::isCurrent)
        .map(
            r ->
                new ReviewCredit(
                    r.getKind().name(),
                    r.getKind() == ReviewerKind.CLINICAL ? nameOf(r.getReviewerEmail()) : null,
                    LocalDate.ofInstant(r.getReviewedAt(), ContentReview.ZONE)))
        .toList();
  }

  private void announce(Subject subject, String pageBase) {
    Optional<ReviewerKind> next = steps(subject).next();
    String base = configuration.linkBase(pageBase);
    Set<String> authors = authors(subject);
    if (next.isPresent()) {
      String link = base + "/review?" + subject.type().toLowerCase() + "=" + subject.id();
      for (PublisherReviewer invited : curricula.reviewersOf(subject.owner())) {
        if (invited.getKind() == next.get() && !authors.contains(invited.getEmail())) {
          tell(
              invited.getEmail(),
              nameOf(invited.getEmail()),
              subject,
              "is waiting for your "
                  + (next.get() == ReviewerKind.CLINICAL ? "clinical" : "lived-experience")
                  + " review",
              link);
        }
      }
    } else {
      String link =
          base
              + "/studio/"
              + (subject.module() != null ? "module" : "curriculum")
              + "?v="
              + subject.id();
      for (Account publisher : accounts.withRoleIn(Role.PUBLISHER, subject.owner())) {
        if (!authors.contains(publisher.getEmail())) {
          tell(
              publisher.getEmail(),
              publisher.getDisplayName(),
              subject,
              "is ready for a publisher's approval",
              link);
        }
      }
    }
  }

  private void tell(String email, String name, Subject subject, String what, String link) {
    outbox.enqueue(
        email,
        "\"" + subject.title() + "\" " + what,
        "Hello "
            + name
            + ",\n\n"
            + subject.owner().getName()
            + "'s "
            + (subject.module() != null ? "module" : "curriculum")
            + " \""
            + subject.title()
            + "\" (version "
            + subject.number()
            + ") "
            + what
            + ". You can read it and record your review here:\n\n"
            + link
            + "\n\nParity",
        link);
  }

  private ApprovalSteps steps(Subject subject) {
    List<ReviewerKind> required =
        curricula
            .requiredReviews(subject.owner())
            .map(r -> r.stepsFor(subject.type()))
            .orElse(List.of());
    return ApprovalSteps.of(
        required, curricula.expertReviews(subject.type(), subject.id()), authors(subject));
  }

  private Set<String> authors(Subject subject) {
    return curricula.history(subject.type(), subject.id()).stream()
        .filter(e -> e.getAction().isAuthoring())
        .map(ReviewEvent::getActor)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The review the caller may do now, if it is their turn. */
  private Optional<ReviewerKind> myStep(Subject subject, ApprovalSteps steps, Account me) {
    if (subject.lifecycle().status() != VersionStatus.IN_REVIEW) {
      return Optional.empty();
    }
    return steps
        .next()
        .filter(kind -> invitations(me, subject.owner()).contains(kind))
        .filter(
            kind -> {
              try {
                steps.requireMayReview(kind, me.getEmail());
                return true;
              } catch (WorkflowException notMine) {
                return false;
              }
            });
  }

  private List<ReviewerKind> invitations(Account me, Organisation owner) {
    return curricula.reviewerInvitations(me.getEmail()).stream()
        .filter(r -> r.getPublisher().getId().equals(owner.getId()))
        .map(PublisherReviewer::getKind)
        .toList();
  }

  private Account requireInvited(Subject subject, ReviewerKind kind) {
    Account me = rights.caller();
    if (!invitations(me, subject.owner()).contains(kind)) {
      throw new NotAllowedException(
          "Not invited to review for " + subject.owner().getName() + " (" + kind + ")");
    }
    return me;
  }

  private static void requireInReview(Subject subject) {
    if (subject.lifecycle().status() != VersionStatus.IN_REVIEW) {
      throw new WorkflowException(
          "Only a version in review is reviewed.", "expertReview.refusal.notInReview");
    }
  }

  private List<StepView> views(ApprovalSteps steps) {
    return steps.steps().stream()
        .map(
            step ->
                new StepView(
                    step.kind().name(),
                    step.next(),
                    step.review().isPresent(),
                    step.review().map(r -> nameOf(r.getReviewerEmail())).orElse(null),
                    step.review().map(ExpertReview::getReviewedAt).orElse(null),
                    step.review()
                        .map(r -> r.confirmed().stream().map(Enum::name).toList())
                        .orElse(List.of()),
                    step.review().map(ExpertReview::getComment).orElse(null)))
        .toList();
  }

  private String nameOf(String email) {
    return accounts.byEmail(email).map(Account::getDisplayName).orElse(email);
  }

  private Subject subject(String type, long versionId) {
    if (RequiredReviews.MODULE.equals(type)) {
      return curricula
          .moduleVersion(versionId)
          .map(Subject::of)
          .orElseThrow(() -> InvalidInput.of("version", "studio.versionUnknown"));
    }
    if (RequiredReviews.CURRICULUM.equals(type)) {
      return curricula
          .curriculumVersion(versionId)
          .map(Subject::of)
          .orElseThrow(() -> InvalidInput.of("version", "studio.versionUnknown"));
    }
    throw InvalidInput.of("version", "studio.versionUnknown");
  }
}
