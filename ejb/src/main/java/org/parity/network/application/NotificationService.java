package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.parity.identity.application.Caller;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.application.NotificationViews.NoticeView;
import org.parity.network.application.NotificationViews.NotificationPage;
import org.parity.network.application.NotificationViews.NotificationView;
import org.parity.network.domain.Notice;
import org.parity.network.domain.Notification;
import org.parity.network.infrastructure.Notifications;
import org.parity.platform.NotAllowedException;

/** The signed-in member's notifications: the bell's count, the list, reading them. */
@Stateless
@RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class NotificationService {

  public static final int PER_PAGE = 20;

  @Inject Caller caller;
  @Inject Notifications store;
  @Inject Accounts accounts;
  @Inject Clock clock;
  @Inject NetworkAccess access;

  /**
   * Unread notifications of whoever is reading the page (none when signed out): one query, usually
   * answered by the query cache, so no transaction is begun for it.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long unreadCount() {
    return caller.email().map(e -> store.unreadCount(e) + store.unreadNotices(e)).orElse(0L);
  }

  /**
   * A page of the member's notifications, newest first; a page past the end shows the last. The
   * first page leads with the newest notices that are not about posts.
   */
  public NotificationPage mine(int page) {
    Account me = signedIn();
    long count = store.count(me);
    int pages = Math.max(1, (int) ((count + PER_PAGE - 1) / PER_PAGE));
    int shown = Math.max(1, Math.min(page, pages));
    return new NotificationPage(
        store.newestFirst(me, (shown - 1) * PER_PAGE, PER_PAGE).stream()
            // Someone who has left a team no longer reads what its private topic said.
            .filter(n -> access.mayReadTopic(n.getThread().getCategory(), Optional.of(me)))
            .map(NotificationService::view)
            .toList(),
        shown,
        pages,
        store.unreadCount(me.getEmail()) + store.unreadNotices(me.getEmail()),
        shown > 1
            ? List.of()
            : store.noticesNewestFirst(me, PER_PAGE).stream().map(this::view).toList());
  }

  /** Opens one of the member's notifications: it is read now; answers where the post is. */
  public String open(long id) {
    Account me = signedIn();
    Notification notification =
        store
            .notification(id)
            .filter(n -> n.getAccount().getId().equals(me.getId()))
            .orElseThrow(() -> new NotAllowedException("Not your notification"));
    notification.read(clock.instant());
    return NotificationMail.postPath(notification);
  }

  /** Opens one of the member's notices: it is read now; answers where it points. */
  public String openNotice(long id) {
    Account me = signedIn();
    Notice notice =
        store
            .notice(id)
            .filter(n -> n.getAccount().getId().equals(me.getId()))
            .orElseThrow(() -> new NotAllowedException("Not your notice"));
    notice.read(clock.instant());
    return notice.getLink();
  }

  public void markAllRead() {
    store.markAllRead(signedIn(), clock.instant());
  }

  private static NotificationView view(Notification n) {
    return new NotificationView(
        n.getId(),
        n.getKind().name(),
        n.getActor().getDisplayName(),
        n.getThread().getTitle(),
        n.getNetwork().getName(),
        n.getPost().isHidden() ? "" : PostExcerpt.of(n.getPost().getMarkdown(), 160),
        n.getCreatedAt(),
        n.getReadAt() == null,
        NotificationMail.postPath(n),
        n.getMailState().name());
  }

  private NoticeView view(Notice n) {
    return new NoticeView(
        n.getId(),
        n.getKind().name(),
        accounts.byEmail(n.getActorEmail()).map(Account::getDisplayName).orElse(""),
        n.getSubject(),
        n.getPlace(),
        n.getCreatedAt(),
        n.getReadAt() == null);
  }

  private Account signedIn() {
    return caller.required();
  }
}
