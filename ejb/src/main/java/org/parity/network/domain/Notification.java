package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parity.identity.domain.Account;

/**
 * What the bell tells one member about one post: a reply in a thread they follow, a new thread
 * where they follow its category or network, or a mention. It also records whether it was mailed at
 * once, waits for the daily digest, or is not mailed at all.
 */
@Entity
@Table(name = "forum_notification")
@NamedQuery(
    name = "Notification.countUnreadByEmail",
    query =
        "select count(n) from Notification n where n.account.email = :email and n.readAt is null")
@NamedQuery(
    name = "Notification.findByAccount",
    query =
        "select n from Notification n join fetch n.post join fetch n.thread join fetch n.network"
            + " join fetch n.actor where n.account = :account order by n.createdAt desc, n.id desc")
@NamedQuery(
    name = "Notification.countByAccount",
    query = "select count(n) from Notification n where n.account = :account")
@NamedQuery(
    name = "Notification.markAllRead",
    query =
        "update Notification n set n.readAt = :now where n.account = :account and n.readAt is"
            + " null")
@NamedQuery(
    name = "Notification.findAccountsWithDigestDue",
    query =
        "select distinct n.account.id from Notification n where n.mailState ="
            + " org.parity.network.domain.Notification.MailState.DIGEST")
@NamedQuery(
    name = "Notification.findDigestDue",
    query =
        "select n from Notification n join fetch n.post join fetch n.thread join fetch n.network"
            + " join fetch n.actor where n.account = :account and n.mailState ="
            + " org.parity.network.domain.Notification.MailState.DIGEST order by n.createdAt, n.id")
@NamedQuery(
    name = "Notification.dropDigest",
    query =
        "update Notification n set n.mailState ="
            + " org.parity.network.domain.Notification.MailState.NONE where n.account = :account"
            + " and n.mailState = org.parity.network.domain.Notification.MailState.DIGEST")
@NamedQuery(
    name = "Notification.findAccounts",
    query = "select a from Account a where a.id in :ids")
@NamedQuery(
    name = "Notification.findMemberships",
    query = "select m from NetworkMembership m where m.network = :network and m.account.id in :ids")
public class Notification {

  public enum Kind {
    REPLY,
    NEW_THREAD,
    MENTION
  }

  public enum MailState {
    NONE,
    SENT,
    DIGEST,
    DIGESTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_notification_seq")
  @SequenceGenerator(
      name = "forum_notification_seq",
      sequenceName = "forum_notification_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @ManyToOne(optional = false)
  private ForumPost post;

  @ManyToOne(optional = false)
  private ForumThread thread;

  @ManyToOne(optional = false)
  private LearningNetwork network;

  @ManyToOne(optional = false)
  private Account actor;

  private Instant createdAt;
  private Instant readAt;

  @Enumerated(EnumType.STRING)
  private MailState mailState;

  private Instant mailedAt;

  protected Notification() {}

  public Notification(
      Account account,
      Kind kind,
      ForumPost post,
      ForumThread thread,
      Account actor,
      MailPreference.Choice choice,
      Instant now) {
    this.account = account;
    this.kind = kind;
    this.post = post;
    this.thread = thread;
    this.network = thread.getNetwork();
    this.actor = actor;
    this.createdAt = now;
    this.mailState =
        switch (choice) {
          case AT_ONCE -> MailState.SENT;
          case DAILY_DIGEST -> MailState.DIGEST;
          case NEVER -> MailState.NONE;
        };
    if (mailState == MailState.SENT) {
      mailedAt = now;
    }
  }

  public void read(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public void digested(Instant now) {
    mailState = MailState.DIGESTED;
    mailedAt = now;
  }

  public boolean isMailedAtOnce() {
    return mailState == MailState.SENT;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public Kind getKind() {
    return kind;
  }

  public ForumPost getPost() {
    return post;
  }

  public ForumThread getThread() {
    return thread;
  }

  public LearningNetwork getNetwork() {
    return network;
  }

  public Account getActor() {
    return actor;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public MailState getMailState() {
    return mailState;
  }
}
