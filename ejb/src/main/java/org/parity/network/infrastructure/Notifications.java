package org.parity.network.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import org.parity.identity.domain.Account;
import org.parity.network.domain.ForumPost;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.MailPreference;
import org.parity.network.domain.NetworkMembership;
import org.parity.network.domain.Notice;
import org.parity.network.domain.Notification;
import org.parity.network.domain.Subscription;

/** Subscriptions, notifications and mail preferences, as stored with JPA. */
@Dependent
public class Notifications {

  @PersistenceContext EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  /**
   * Cached, "not following" included: every page a member opens asks it for its follow button, and
   * follows change seldom (the query cache forgets its answers when the table changes).
   */
  public Optional<Subscription> subscription(
      Account account, Subscription.Target target, long targetId) {
    return em
        .createNamedQuery("Subscription.find", Subscription.class)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .setParameter("account", account)
        .setParameter("target", target)
        .setParameter("targetId", targetId)
        .getResultList() // a list, not a stream: Hibernate does not cache streamed results
        .stream()
        .findFirst();
  }

  public Optional<ForumPost> post(long id) {
    return Optional.ofNullable(em.find(ForumPost.class, id));
  }

  public Optional<LearningNetwork> network(long id) {
    return Optional.ofNullable(em.find(LearningNetwork.class, id));
  }

  public void remove(Subscription subscription) {
    em.remove(subscription);
  }

  public List<Subscription> subscriptions(Account account) {
    return em.createNamedQuery("Subscription.findByAccount", Subscription.class)
        .setParameter("account", account)
        .getResultList();
  }

  /** Everyone following the thread, its category or its network, by account id. */
  public List<Long> followers(long threadId, long categoryId, long networkId) {
    return em.createNamedQuery("Subscription.findFollowers", Long.class)
        .setParameter("thread", threadId)
        .setParameter("category", categoryId)
        .setParameter("network", networkId)
        .getResultList();
  }

  public List<Account> accounts(Collection<Long> ids) {
    return em.createNamedQuery("Notification.findAccounts", Account.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The memberships these people hold in the network, by account id. */
  public Map<Long, NetworkMembership> memberships(LearningNetwork network, Collection<Long> ids) {
    return em.createNamedQuery("Notification.findMemberships", NetworkMembership.class)
        .setParameter("network", network)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(m -> m.getAccount().getId(), Function.identity()));
  }

  /**
   * Cached until a notification is written or read (Hibernate's query cache forgets it when the
   * table changes): every signed-in page shows the count, and most pages change nothing.
   */
  public long unreadCount(String email) {
    return em.createNamedQuery("Notification.countUnreadByEmail", Long.class)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .setParameter("email", email)
        .getSingleResult();
  }

  /** The bell's other notices (not about posts), counted and cached as notifications are. */
  public long unreadNotices(String email) {
    return em.createNamedQuery("Notice.countUnread", Long.class)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .setParameter("email", email)
        .getSingleResult();
  }

  public List<Notice> noticesNewestFirst(Account account, int max) {
    return em.createNamedQuery("Notice.newestFirst", Notice.class)
        .setParameter("account", account)
        .setMaxResults(max)
        .getResultList();
  }

  public long noticeCount(Account account) {
    return em.createNamedQuery("Notice.count", Long.class)
        .setParameter("account", account)
        .getSingleResult();
  }

  public Optional<Notice> notice(long id) {
    return Optional.ofNullable(em.find(Notice.class, id));
  }

  public List<Notification> newestFirst(Account account, int first, int max) {
    return em.createNamedQuery("Notification.findByAccount", Notification.class)
        .setParameter("account", account)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(Account account) {
    return em.createNamedQuery("Notification.countByAccount", Long.class)
        .setParameter("account", account)
        .getSingleResult();
  }

  public Optional<Notification> notification(long id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  public void markAllRead(Account account, Instant now) {
    em.createNamedQuery("Notification.markAllRead")
        .setParameter("account", account)
        .setParameter("now", now)
        .executeUpdate();
    em.createNamedQuery("Notice.markAllRead")
        .setParameter("account", account)
        .setParameter("now", now)
        .executeUpdate();
  }

  public List<Long> accountsWithDigestDue() {
    return em.createNamedQuery("Notification.findAccountsWithDigestDue", Long.class)
        .getResultList();
  }

  public List<Notification> digestDue(Account account) {
    return em.createNamedQuery("Notification.findDigestDue", Notification.class)
        .setParameter("account", account)
        .getResultList();
  }

  /** Notifications that were waiting for a digest will not be mailed after all. */
  public void dropDigest(Account account) {
    em.createNamedQuery("Notification.dropDigest").setParameter("account", account).executeUpdate();
  }

  public Optional<MailPreference> preference(long accountId) {
    return Optional.ofNullable(em.find(MailPreference.class, accountId));
  }

  public Map<Long, MailPreference> preferences(Collection<Long> accountIds) {
    return em.createNamedQuery("MailPreference.findByAccounts", MailPreference.class)
        .setParameter("accounts", accountIds)
        .getResultStream()
        .collect(Collectors.toMap(MailPreference::getAccountId, Function.identity()));
  }

  public Optional<MailPreference> preferenceByToken(String token) {
    return em.createNamedQuery("MailPreference.findByToken", MailPreference.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }
}
