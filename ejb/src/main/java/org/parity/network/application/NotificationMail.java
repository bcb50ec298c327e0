package org.parity.network.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.parity.identity.domain.Account;
import org.parity.network.domain.ForumThread;
import org.parity.network.domain.MailPreference;
import org.parity.network.domain.Notification;
import org.parity.platform.Configuration;
import org.parity.platform.mail.MailOutbox;

/**
 * The mails notifications send, in plain text, written into the outbox in the caller's transaction
 * (the outbox delivers after commit and retries, so a post never waits for the mail server). Every
 * one ends with the member's one-click unsubscribe link.
 */
@Dependent
public class NotificationMail {

  private static final int EXCERPT = 300;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

  @Inject MailOutbox outbox;
  @Inject Configuration configuration;

  void atOnce(Notification notification, MailPreference preference) {
    Account to = notification.getAccount();
    String link = postLink(notification);
    outbox.enqueue(
        to.getEmail(),
        subject(notification),
        "Hello "
            + to.getDisplayName()
            + ",\n\n"
            + sentence(notification)
            + "\n\n"
            + quote(PostExcerpt.of(notification.getPost().getMarkdown(), EXCERPT))
            + "\n\nRead it and reply:\n"
            + link
            + footer(preference),
        link);
  }

  void digest(
      Account to, List<Notification> notifications, MailPreference preference, Instant since) {
    StringBuilder body =
        new StringBuilder("Hello ")
            .append(to.getDisplayName())
            .append(",\n\n")
            .append(
                since == null
                    ? "Here is what happened in your discussions:"
                    : "Here is what happened in your discussions since " + DAY.format(since) + ":");
    for (Notification n : notifications) {
      body.append("\n\n- ")
          .append(sentence(n))
          .append("\n  ")
          .append(PostExcerpt.of(n.getPost().getMarkdown(), 160))
          .append("\n  ")
          .append(postLink(n));
    }
    outbox.enqueue(
        to.getEmail(),
        notifications.size() == 1
            ? "Your Parity discussions: 1 new post"
            : "Your Parity discussions: " + notifications.size() + " new posts",
        body.append(footer(preference)).toString(),
        base() + "/me/notifications");
  }

  private static String subject(Notification n) {
    String title = n.getThread().getTitle();
    return switch (n.getKind()) {
      case REPLY -> "New reply in \"" + title + "\"";
      case NEW_THREAD -> "New discussion in " + n.getNetwork().getName() + ": \"" + title + "\"";
      case MENTION -> n.getActor().getDisplayName() + " mentioned you in \"" + title + "\"";
    };
  }

  private static String sentence(Notification n) {
    String who = n.getActor().getDisplayName();
    String title = n.getThread().getTitle();
    String network = n.getNetwork().getName();
    return switch (n.getKind()) {
      case REPLY -> who + " replied in \"" + title + "\" (" + network + ").";
      case NEW_THREAD -> who + " started a discussion, \"" + title + "\", in " + network + ".";
      case MENTION -> who + " mentioned you in \"" + title + "\" (" + network + ").";
    };
  }

  private static String quote(String excerpt) {
    return "> " + excerpt;
  }

  private String footer(MailPreference preference) {
    return "\n\n--\nYou receive this because you follow this discussion, its topic or its network,"
        + " or someone mentioned you. Choose how often Parity emails you, or stop following:\n"
        + base()
        + "/me/notifications\n\nStop all discussion emails with one click (no sign-in needed):\n"
        + unsubscribeLink(preference)
        + "\n\nParity";
  }

  String unsubscribeLink(MailPreference preference) {
    return base() + "/unsubscribe/" + preference.getUnsubscribeToken();
  }

  String postLink(Notification n) {
    return base() + postPath(n);
  }

  /** {@code /networks/{slug}/threads/{id}?page=N#post-{number}}: 25 posts a page. */
  static String postPath(Notification n) {
    ForumThread thread = n.getThread();
    int number = n.getPost().getNumber();
    int page = (number - 1) / ForumService.POSTS_PER_PAGE + 1;
    return "/networks/"
        + thread.getNetwork().getSlug()
        + "/threads/"
        + thread.getId()
        + "?page="
        + page
        + "#post-"
        + number;
  }

  /** Mail is read away from any page: the operator's public address, else the local default. */
  private String base() {
    return configuration.baseUrl().orElse("http://localhost:8080");
  }
}
