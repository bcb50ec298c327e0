package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parity.identity.domain.Account;
import org.parity.network.domain.ForumPost;
import org.parity.network.domain.ForumThread;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.MailPreference;
import org.parity.network.domain.NetworkMembership;
import org.parity.network.domain.Notification;
import org.parity.network.domain.PostPublished;
import org.parity.network.domain.Readership;
import org.parity.network.domain.Subscription;
import org.parity.network.infrastructure.Networks;
import org.parity.network.infrastructure.Notifications;

/**
 * When a post is published, in the same transaction: its author follows the thread, and everyone
 * following the thread, its category or its network, and everyone mentioned, is told once (never
 * the author, never someone who may no longer read the network). Those who want mail at once get it
 * through the outbox, which sends after commit, so a post never fails because mail is down.
 */
@Stateless
@PermitAll
public class PostNotifier {

  @Inject Networks networks;
  @Inject Notifications store;
  @Inject NotificationMail mail;
  @Inject Clock clock;

  public void onPostPublished(@Observes PostPublished published) {
    ForumPost post = store.post(published.postId()).orElseThrow();
    ForumThread thread = networks.thread(published.threadId()).orElseThrow();
    LearningNetwork network = thread.getNetwork();
    Account author = post.getAuthor();
    Instant now = clock.instant();
    if (store.subscription(author, Subscription.Target.THREAD, thread.getId()).isEmpty()) {
      store.add(new Subscription(author, Subscription.Target.THREAD, thread.getId(), network, now));
    }

    // A mention is the more specific news: someone both mentioned and following hears it once.
    Map<Long, Notification.Kind> told = new LinkedHashMap<>();
    if (published.mentioned() != null) {
      published.mentioned().forEach(id -> told.put(id, Notification.Kind.MENTION));
    }
    Notification.Kind followed =
        published.startsThread() ? Notification.Kind.NEW_THREAD : Notification.Kind.REPLY;
    store
        .followers(thread.getId(), published.categoryId(), network.getId())
        .forEach(id -> told.putIfAbsent(id, followed));
    told.remove(author.getId());
    if (told.isEmpty()) {
      return;
    }
    Map<Long, NetworkMembership> memberships = store.memberships(network, told.keySet());
    Map<Long, MailPreference> preferences = store.preferences(told.keySet());
    for (Account reader : store.accounts(told.keySet())) {
      if (!Readership.mayHearOf(reader, thread, memberships.get(reader.getId()))) {
        continue;
      }
      MailPreference preference = preferences.get(reader.getId());
      Notification notification =
          new Notification(
              reader,
              told.get(reader.getId()),
              post,
              thread,
              author,
              preference == null ? MailPreference.DEFAULT : preference.getChoice(),
              now);
      store.add(notification);
      if (notification.isMailedAtOnce()) {
        mail.atOnce(notification, preference);
      }
    }
  }
}
