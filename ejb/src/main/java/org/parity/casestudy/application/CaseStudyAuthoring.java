package org.parity.casestudy.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parity.casestudy.application.CaseStudyViews.CoAuthorView;
import org.parity.casestudy.application.CaseStudyViews.Comment;
import org.parity.casestudy.application.CaseStudyViews.Draft;
import org.parity.casestudy.application.CaseStudyViews.StudyLine;
import org.parity.casestudy.domain.Attachment;
import org.parity.casestudy.domain.AttachmentInfo;
import org.parity.casestudy.domain.CaseStudy;
import org.parity.casestudy.domain.CaseStudyContent;
import org.parity.casestudy.domain.CaseStudyRevision;
import org.parity.casestudy.domain.CoAuthor;
import org.parity.casestudy.domain.FileType;
import org.parity.casestudy.infrastructure.CaseStudies;
import org.parity.curriculum.application.Catalogue;
import org.parity.platform.NotAllowedException;
import org.parity.platform.OutOfTurn;
import org.parity.platform.taxonomy.Taxonomy;

/**
 * A member writes a case study: a draft, edits, attachments, submission for review. Once published,
 * the author's edits go into a new revision that is reviewed again; the public keeps the published
 * text until then.
 */
@Stateless
@RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class CaseStudyAuthoring {

  @Inject CaseStudies studies;
  @Inject CaseStudyCaller caller;
  @Inject Taxonomy taxonomy;
  @Inject Catalogue catalogue;
  @Inject Clock clock;
  @Inject CoAuthorship coAuthors;

  /** A new draft; only the title is needed to save it. */
  public Draft start(CaseStudyContent content) {
    String author = caller.signedIn();
    check(content, false);
    Instant now = clock.instant();
    CaseStudy study = new CaseStudy(freeSlug(CaseStudyRules.slugOf(content.title())), author, now);
    studies.add(study);
    studies.add(new CaseStudyRevision(study, 1, author, content, now));
    return draft(study);
  }

  /**
   * A new draft written with others (a team's members), each asked by mail to agree to be named as
   * a co-author; answers the draft.
   */
  public Draft startWith(CaseStudyContent content, List<String> coAuthorEmails, String pageBase) {
    Draft draft = start(content);
    CaseStudy study = studies.byId(draft.studyId()).orElseThrow(CaseStudyAuthoring::missing);
    coAuthors.ask(study, content.title(), coAuthorEmails, pageBase);
    return draft(study);
  }

  /**
   * The caller, asked to be a co-author, agrees or declines to be named; they may change their
   * answer until the study is published.
   */
  public Draft answerCoAuthorship(long studyId, boolean agree) {
    CaseStudy study = studies.byId(studyId).orElseThrow(CaseStudyAuthoring::missing);
    CoAuthor asked =
        coAuthors
            .of(study, caller.email())
            .orElseThrow(() -> new NotAllowedException("Only who was asked answers"));
    if (study.isPublished()) {
      throw new OutOfTurn("The study is published already.", "caseStudy.error.coAuthorPublished");
    }
    asked.answer(agree, clock.instant());
    return draft(study);
  }

  /**
   * Saves the author's text: into the open draft, or into a new revision when the study is
   * published and nothing is on its way through review.
   */
  public Draft save(long studyId, CaseStudyContent content) {
    CaseStudy study = editable(studyId);
    check(content, false);
    Instant now = clock.instant();
    CaseStudyRevision open = studies.openRevision(study).orElse(null);
    if (open == null) {
      int next =
          studies.revisions(study).stream().mapToInt(CaseStudyRevision::getNumber).max().orElse(0);
      studies.add(new CaseStudyRevision(study, next + 1, caller.signedIn(), content, now));
    } else {
      open.edit(content, now);
    }
    return draft(study);
  }

  /** Sends the open revision to the reviewers; it must be complete. */
  public Draft submit(long studyId) {
    CaseStudy study = editable(studyId);
    CaseStudyRevision open =
        studies
            .openRevision(study)
            .orElseThrow(
                () ->
                    new OutOfTurn(
                        "There are no changes to submit.", "caseStudy.error.nothingToSubmit"));
    if (!open.isEditable()) {
      throw new OutOfTurn(
          "Only a draft or a revision sent back for changes can be submitted.",
          "caseStudy.error.notSubmittable");
    }
    check(open.content(), true);
    open.submit(clock.instant());
    return draft(study);
  }

  /** The study as its author works on it, or as a reviewer of its submission reads it. */
  public Draft draft(long studyId) {
    CaseStudy study = studies.byId(studyId).orElseThrow(CaseStudyAuthoring::missing);
    if (!caller.mayEdit(study)
        && !caller.mayReview(study)
        && coAuthors.of(study, caller.email()).isEmpty()) {
      throw new NotAllowedException(
          "Only the author, who they asked to co-author and its reviewers see an unpublished study");
    }
    return draft(study);
  }

  public Draft draftBySlug(String slug) {
    CaseStudy study = studies.bySlug(slug).orElseThrow(CaseStudyAuthoring::missing);
    return draft(study.getId());
  }

  /** The caller's own studies with where each stands, newest activity first. */
  public List<StudyLine> mine() {
    Map<Long, StudyLine> lines = new LinkedHashMap<>();
    for (CaseStudyRevision r : studies.byAuthor(caller.signedIn())) {
      CaseStudy study = r.getCaseStudy();
      if (!lines.containsKey(study.getId())) {
        CaseStudyRevision latest = studies.revisions(study).get(0);
        String comment =
            studies.comments(study).stream()
                .filter(c -> c.getRevision().getId().equals(latest.getId()))
                .map(c -> c.getBody())
                .findFirst()
                .orElse(null);
        lines.put(
            study.getId(),
            new StudyLine(
                study.getId(),
                study.getSlug(),
                latest.getTitle(),
                latest.getStatus().name(),
                study.isPublished(),
                latest.getAuthorEmail(),
                latest.getUpdatedAt(),
                comment));
      }
    }
    return lines.values().stream()
        .sorted(Comparator.comparing(StudyLine::updatedAt).reversed())
        .toList();
  }

  /** Adds a PDF or image of at most 5 MB; its type is read from its bytes, never from its name. */
  public AttachmentInfo attach(long studyId, String fileName, byte[] bytes) {
    CaseStudy study = editable(studyId);
    FileType.Accepted file = FileType.accept("file", fileName, bytes);
    Attachment attachment =
        new Attachment(
            study, file.fileName(), file.mediaType(), bytes, caller.signedIn(), clock.instant());
    studies.add(attachment);
    return new AttachmentInfo(attachment.getId(), file.fileName(), file.mediaType(), bytes.length);
  }

  public void removeAttachment(long attachmentId) {
    Attachment attachment =
        studies.attachment(attachmentId).orElseThrow(CaseStudyAuthoring::missing);
    caller.requireEditor(attachment.getCaseStudy());
    studies.remove(attachment);
  }

  private CaseStudy editable(long studyId) {
    CaseStudy study = studies.byId(studyId).orElseThrow(CaseStudyAuthoring::missing);
    caller.requireEditor(study);
    return study;
  }

  private void check(CaseStudyContent content, boolean complete) {
    CaseStudyRules.check(
        content, complete, taxonomy::contains, slug -> catalogue.module(slug).isPresent());
  }

  private String freeSlug(String base) {
    String slug = base;
    for (int n = 2; CaseStudyRules.RESERVED.contains(slug) || studies.slugTaken(slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  Draft draft(CaseStudy study) {
    return draftOf(
        studies,
        caller.mayEdit(study),
        study,
        caller.email(),
        coAuthors.of(study),
        coAuthors.of(study, caller.email()).map(c -> c.getStatus().name()).orElse(null));
  }

  private static Draft draftOf(
      CaseStudies studies,
      boolean mayEdit,
      CaseStudy study,
      String callerEmail,
      List<CoAuthorView> coAuthors,
      String myCoAuthorship) {
    CaseStudyRevision open = studies.openRevision(study).orElse(null);
    List<Comment> comments =
        studies.comments(study).stream()
            .map(
                c ->
                    new Comment(
                        c.getReviewerEmail(),
                        c.getBody(),
                        c.isChangesRequested(),
                        c.getCreatedAt()))
            .toList();
    if (open != null) {
      return new Draft(
          study.getId(),
          study.getSlug(),
          open.getId(),
          open.getNumber(),
          open.getStatus().name(),
          study.isPublished(),
          mayEdit && open.isEditable(),
          study.getAuthorEmail(),
          open.content(),
          studies.attachments(study),
          comments,
          open.getUpdatedAt(),
          open.getCheckedBy(),
          open.getCheckedAt(),
          open.getCheckedBy() != null && open.getCheckedBy().equalsIgnoreCase(callerEmail),
          coAuthors,
          myCoAuthorship);
    }
    return new Draft(
        study.getId(),
        study.getSlug(),
        null,
        0,
        CaseStudyRevision.Status.PUBLISHED.name(),
        study.isPublished(),
        mayEdit,
        study.getAuthorEmail(),
        study.content(),
        studies.attachments(study),
        comments,
        study.getLastUpdatedAt(),
        null,
        null,
        false,
        coAuthors,
        myCoAuthorship);
  }

  static NotFound missing() {
    return new NotFound();
  }
}
