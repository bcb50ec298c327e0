package org.parity.network.domain;

import java.time.Instant;

/**
 * What a page of a thread shows of one post, read as plain values: a page reads 25 of them on every
 * view, and entities (with their authors' whole accounts) would cost far more to load and to check
 * for changes than the page needs.
 */
public record PostOnPage(
    long id,
    int number,
    long authorId,
    String author,
    String authorProfession,
    String html,
    String markdown,
    Instant createdAt,
    Instant editedAt,
    boolean hidden,
    int helpfulCount,
    boolean withdrawn,
    ClinicalStanding clinicalReview,
    String clinicalNote) {

  public boolean isBy(long accountId) {
    return authorId == accountId;
  }

  /** The author may still change it: not hidden, and within the edit window. */
  public boolean editableBy(long accountId, Instant now) {
    return isBy(accountId) && !hidden && !withdrawn && ForumPost.withinEditWindow(createdAt, now);
  }
}
