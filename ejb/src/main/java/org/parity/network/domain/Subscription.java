package org.parity.network.domain;

import jakarta.persistence.Cacheable;
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
 * A member following a thread (its replies), a category (new threads and replies in it) or a whole
 * network. Starting or replying to a thread follows it.
 */
@Entity
@Cacheable
@Table(name = "forum_subscription")
@NamedQuery(
    name = "Subscription.find",
    query =
        "select s from Subscription s where s.account = :account and s.target = :target"
            + " and s.targetId = :targetId")
@NamedQuery(
    name = "Subscription.findByAccount",
    query =
        "select s from Subscription s where s.account = :account order by s.createdAt desc, s.id"
            + " desc")
@NamedQuery(
    name = "Subscription.findFollowers",
    query =
        "select distinct s.account.id from Subscription s where (s.target ="
            + " org.parity.network.domain.Subscription.Target.THREAD and s.targetId = :thread) or"
            + " (s.target = org.parity.network.domain.Subscription.Target.CATEGORY and s.targetId ="
            + " :category) or (s.target = org.parity.network.domain.Subscription.Target.NETWORK"
            + " and s.targetId = :network)")
public class Subscription {

  public enum Target {
    THREAD,
    CATEGORY,
    NETWORK
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_subscription_seq")
  @SequenceGenerator(
      name = "forum_subscription_seq",
      sequenceName = "forum_subscription_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  @jakarta.persistence.Column(name = "target_type")
  private Target target;

  private long targetId;

  @ManyToOne(optional = false)
  private LearningNetwork network;

  private Instant createdAt;

  protected Subscription() {}

  public Subscription(
      Account account, Target target, long targetId, LearningNetwork network, Instant now) {
    this.account = account;
    this.target = target;
    this.targetId = targetId;
    this.network = network;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public Target getTarget() {
    return target;
  }

  public long getTargetId() {
    return targetId;
  }

  public LearningNetwork getNetwork() {
    return network;
  }
}
