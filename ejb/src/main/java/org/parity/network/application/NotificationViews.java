package org.parity.network.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the notification pages and API show: plain values. */
public final class NotificationViews {

  private NotificationViews() {}

  /**
   * {@code kind}: REPLY, NEW_THREAD or MENTION; {@code link} is the post's address on the site;
   * {@code mail}: NONE (not mailed), SENT (mailed at once), DIGEST (waits for the daily digest) or
   * DIGESTED.
   */
  public record NotificationView(
      long id,
      String kind,
      String actor,
      String threadTitle,
      String networkName,
      String excerpt,
      Instant at,
      boolean unread,
      String link,
      String mail)
      implements Serializable {}

  /**
   * {@code notices}: what the bell says that is not about a post (newest first, on the first page
   * only); {@code kind} TEAM_ENROLMENT: {@code actor} enrolled the team {@code place} on {@code
   * subject}; {@code link} opens it and reads it.
   */
  public record NotificationPage(
      List<NotificationView> notifications,
      int page,
      int pages,
      long unread,
      List<NoticeView> notices)
      implements Serializable {}

  public record NoticeView(
      long id, String kind, String actor, String subject, String place, Instant at, boolean unread)
      implements Serializable {}

  /** {@code type}: THREAD, CATEGORY or NETWORK. */
  public record SubscriptionView(
      String type, long id, String label, String networkName, String link)
      implements Serializable {}
}
