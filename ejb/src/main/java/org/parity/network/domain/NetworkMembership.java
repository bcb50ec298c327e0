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
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;
import org.parity.identity.domain.Account;

/**
 * A person's place in one network: a request waiting for a facilitator, an active membership (as a
 * member or a facilitator), a declined request, or a membership the person ended. One row a person
 * and network, reused when they ask again.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
@NamedQuery(
    name = "NetworkMembership.findByStatus",
    query =
        "select m from NetworkMembership m join fetch m.account where m.network = :network"
            + " and m.status = :status order by m.account.displayName")
@NamedQuery(
    name = "NetworkMembership.countActive",
    query =
        "select m.network.id, count(m) from NetworkMembership m where m.status ="
            + " org.parity.network.domain.NetworkMembership.Status.ACTIVE group by m.network.id")
@NamedQuery(
    name = "NetworkMembership.facilitatesNetworkOf",
    query =
        "select count(m) from NetworkMembership f, NetworkMembership m where f.account = :facilitator"
            + " and f.role = org.parity.network.domain.NetworkMembership.Role.FACILITATOR"
            + " and f.status = org.parity.network.domain.NetworkMembership.Status.ACTIVE"
            + " and m.network = f.network and m.account = :member"
            + " and m.status = org.parity.network.domain.NetworkMembership.Status.ACTIVE")
public class NetworkMembership {

  public enum Status {
    PENDING,
    ACTIVE,
    DECLINED,
    LEFT
  }

  public enum Role {
    MEMBER,
    FACILITATOR
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "network_membership_seq")
  @SequenceGenerator(
      name = "network_membership_seq",
      sequenceName = "network_membership_seq",
      allocationSize = 50)
  private Long id;

  // The person and network never change (one row each, reused): every page a member reads finds
  // their standing by them, from the cache.
  @NaturalId
  @ManyToOne(optional = false)
  private LearningNetwork network;

  @NaturalId
  @ManyToOne(optional = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Enumerated(EnumType.STRING)
  private Role role = Role.MEMBER;

  private boolean visibleInDirectory = true;

  /** Answers the network's clinical-safety flags (a clinician the facilitators trust to). */
  private boolean clinicalReviewer;

  /** Whether the member wants a nudge when they go quiet on their team's learning. */
  private boolean nudges = true;

  private Instant nudgedAt;

  private Instant requestedAt;
  private Instant decidedAt;
  private String decidedBy;
  private String decisionMessage;

  @Version private long version;

  protected NetworkMembership() {}

  /** Joining: at once in an open network, as a request in a closed one. */
  public NetworkMembership(LearningNetwork network, Account account, Instant now) {
    this.network = network;
    this.account = account;
    ask(now);
  }

  /** A facilitator the network starts with, or one appointed later. */
  public static NetworkMembership facilitator(
      LearningNetwork network, Account account, Instant now) {
    NetworkMembership membership = new NetworkMembership(network, account, now);
    membership.status = Status.ACTIVE;
    membership.role = Role.FACILITATOR;
    return membership;
  }

  /** Asks again after leaving or being declined; an active member or open request stays so. */
  public void ask(Instant now) {
    if (status == Status.ACTIVE || status == Status.PENDING) {
      return;
    }
    requestedAt = now;
    decidedAt = null;
    decidedBy = null;
    decisionMessage = null;
    role = Role.MEMBER;
    status = network.isOpen() ? Status.ACTIVE : Status.PENDING;
    if (status == Status.ACTIVE) {
      network.touch(now);
    }
  }

  public void approve(String facilitator, String message, Instant now) {
    decide(Status.ACTIVE, facilitator, message, now);
    network.touch(now);
  }

  public void decline(String facilitator, String message, Instant now) {
    if (message == null || message.isBlank()) {
      throw new NetworkException(
          "Say why, kindly: the person will read it.", "network.error.declineMessage");
    }
    decide(Status.DECLINED, facilitator, message, now);
  }

  private void decide(Status outcome, String facilitator, String message, Instant now) {
    if (status != Status.PENDING) {
      throw new NetworkException(
          "This request has been answered already.", "network.error.answered");
    }
    status = outcome;
    decidedAt = now;
    decidedBy = facilitator;
    decisionMessage = message == null || message.isBlank() ? null : message.strip();
  }

  /** Members leave at will; a request can be withdrawn the same way. */
  public void leave(Instant now) {
    if (status != Status.ACTIVE && status != Status.PENDING) {
      throw new NetworkException(
          "You are not a member of this network.", "network.error.notMember");
    }
    status = Status.LEFT;
    decidedAt = now;
  }

  public void showInDirectory(boolean visible) {
    visibleInDirectory = visible;
  }

  public void wantNudges(boolean wanted) {
    nudges = wanted;
  }

  public boolean wantsNudges() {
    return nudges;
  }

  public Instant getNudgedAt() {
    return nudgedAt;
  }

  /**
   * Nudges the member if they want it and it is due ({@link Inactivity#nudgeDue}); answers whether
   * they are nudged now.
   */
  public boolean nudgeIfDue(Instant lastActivity, Instant now) {
    if (!nudges
        || !isActive()
        || !Inactivity.nudgeDue(lastActivity, nudgedAt, network.getNudgeDays(), now)) {
      return false;
    }
    nudgedAt = now;
    return true;
  }

  public boolean isActive() {
    return status == Status.ACTIVE;
  }

  public boolean isClinicalReviewer() {
    return isActive() && clinicalReviewer;
  }

  public void reviewClinically(boolean reviews) {
    if (reviews && !isActive()) {
      throw new NetworkException(
          "Only an active member can review posts clinically.", "clinical.reviewer.notMember");
    }
    clinicalReviewer = reviews;
  }

  public boolean isFacilitator() {
    return isActive() && role == Role.FACILITATOR;
  }

  public Long getId() {
    return id;
  }

  public LearningNetwork getNetwork() {
    return network;
  }

  public Account getAccount() {
    return account;
  }

  public Status getStatus() {
    return status;
  }

  public Role getRole() {
    return role;
  }

  public boolean isVisibleInDirectory() {
    return visibleInDirectory;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getDecisionMessage() {
    return decisionMessage;
  }
}
