package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.parity.identity.domain.Account;

/** A member may read but not write in a network until a date a facilitator set, or until lifted. */
@Entity
@NamedQuery(
    name = "NetworkSuspension.findCurrent",
    query =
        "select s from NetworkSuspension s where s.network = :network and s.account = :account"
            + " and s.liftedAt is null and s.until > :now order by s.until desc")
@NamedQuery(
    name = "NetworkSuspension.findCurrentInNetwork",
    query =
        "select s from NetworkSuspension s join fetch s.account where s.network = :network"
            + " and s.liftedAt is null and s.until > :now order by s.until")
public class NetworkSuspension {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "network_suspension_seq")
  @SequenceGenerator(
      name = "network_suspension_seq",
      sequenceName = "network_suspension_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private LearningNetwork network;

  @ManyToOne(optional = false)
  private Account account;

  @jakarta.persistence.Column(name = "until_at")
  private Instant until;

  private String reason;
  private String createdBy;
  private Instant createdAt;
  private Instant liftedAt;

  protected NetworkSuspension() {}

  public NetworkSuspension(
      LearningNetwork network,
      Account account,
      Instant until,
      String reason,
      String createdBy,
      Instant now) {
    this.network = network;
    this.account = account;
    this.until = until;
    this.reason = reason;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public void lift(Instant now) {
    liftedAt = now;
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

  public Instant getUntil() {
    return until;
  }

  public String getReason() {
    return reason;
  }
}
