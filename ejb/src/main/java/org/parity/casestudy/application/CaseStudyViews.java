package org.parity.casestudy.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.parity.casestudy.domain.AttachmentInfo;
import org.parity.casestudy.domain.CaseStudyContent;

/** What the case study pages and API show, detached from the entities. */
public final class CaseStudyViews {

  private CaseStudyViews() {}

  /** The public page of a published study. */
  public record StudyPage(
      long id,
      String slug,
      CaseStudyContent content,
      List<ModuleCard> modules,
      List<AttachmentInfo> attachments,
      List<Discussion> discussions,
      List<RelatedStudy> related,
      LocalDate publishedOn,
      Instant lastUpdatedAt,
      boolean editable,
      /* The author and the co-authors who agreed to be named; empty for a study by one person. */
      List<String> writtenBy) {}

  public record ModuleCard(String slug, String title, String summary) {}

  /** A forum thread that discusses the study. */
  public record Discussion(long threadId, String networkSlug, String networkName, String title) {}

  public record RelatedStudy(String slug, String title, String summary) {}

  /** A study as its author or a reviewer works on it: the open revision, or the published text. */
  public record Draft(
      long studyId,
      String slug,
      Long revisionId,
      int revisionNumber,
      String status,
      boolean published,
      boolean editable,
      String authorEmail,
      CaseStudyContent content,
      List<AttachmentInfo> attachments,
      List<Comment> comments,
      Instant updatedAt,
      /* Who checked the submission, when; a second reviewer publishes it. */
      String checkedBy,
      Instant checkedAt,
      boolean checkedByYou,
      List<CoAuthorView> coAuthors,
      /* The caller's answer when they were asked to be a co-author (ASKED, AGREED, DECLINED). */
      String myCoAuthorship)
      implements Serializable {}

  /** Someone asked to be named as a co-author, with their answer so far. */
  public record CoAuthorView(String name, String profession, String status)
      implements Serializable {}

  public record Comment(
      String reviewerEmail, String body, boolean changesRequested, Instant createdAt)
      implements Serializable {}

  /** One line of "my case studies" or of the review queue. */
  public record StudyLine(
      long studyId,
      String slug,
      String title,
      String status,
      boolean published,
      String authorEmail,
      Instant updatedAt,
      String latestComment)
      implements Serializable {}
}
