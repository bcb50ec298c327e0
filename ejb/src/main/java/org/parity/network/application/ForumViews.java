package org.parity.network.application;

import java.time.Instant;
import java.util.List;

/** What the forum pages show: plain values; post HTML is already sanitised. */
public final class ForumViews {

  private ForumViews() {}

  public record CategoryView(long id, String name, String description) {}

  /**
   * A line of the thread list. {@code unread} is 0 for readers who are not members; {@code
   * firstUnread} is the number of the post to open at, on page {@code firstUnreadPage}.
   */
  public record ThreadSummary(
      long id,
      String title,
      String category,
      String author,
      int posts,
      Instant lastPostAt,
      boolean pinned,
      boolean locked,
      int unread,
      int firstUnread,
      int firstUnreadPage) {}

  /** A page of a network's threads and whether the reader may start one. */
  public record ThreadList(
      List<CategoryView> categories,
      List<ThreadSummary> threads,
      int page,
      int pages,
      boolean mayPost) {}

  public record RevisionView(String markdown, Instant writtenAt, Instant replacedAt) {}

  /**
   * One post as this reader sees it. A hidden post's text reaches only moderators; {@code
   * revisions} (what it said before each edit) too; {@code editableMarkdown} is the author's own
   * text while they may still edit it. A {@code withdrawn} post's author left and asked for what
   * they wrote to go: it has no text for anyone.
   */
  public record PostView(
      long id,
      int number,
      String author,
      String profession,
      String html,
      Instant at,
      Instant editedAt,
      boolean hidden,
      boolean withdrawn,
      int helpful,
      boolean markedHelpful,
      boolean mayEdit,
      boolean mayMarkHelpful,
      boolean mayFlag,
      String editableMarkdown,
      List<RevisionView> revisions,
      String clinicalReview,
      String clinicalNote) {

    /** Whether a clinical reviewer has yet to answer a flag on it. */
    public boolean underClinicalReview() {
      return "UNDER_REVIEW".equals(clinicalReview);
    }
  }

  public record ModuleCard(String slug, String title) {}

  public record CaseStudyCard(String slug, String title) {}

  /** The network library's entry a thread is about. */
  public record ResourceCard(String path, String title) {}

  /** A page of a thread; {@code following}: whether the reader follows it (null for a visitor). */
  public record ThreadPage(
      long id,
      String networkSlug,
      String networkName,
      String title,
      String category,
      long categoryId,
      List<String> tags,
      ModuleCard module,
      CaseStudyCard caseStudy,
      ResourceCard resource,
      List<PostView> posts,
      int page,
      int pages,
      boolean mayReply,
      boolean locked,
      boolean pinned,
      boolean moderator,
      List<CategoryView> categories,
      int firstUnread,
      int firstUnreadPage,
      Boolean following) {}

  /** The text a reply starts with when a member quotes a post. */
  public record Quote(int number, String markdown) {}
}
