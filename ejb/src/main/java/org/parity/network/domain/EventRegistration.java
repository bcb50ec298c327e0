package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.parity.identity.domain.Account;

/**
 * A person's registration for an event: a place, a place on the waiting list (in the order people
 * asked), or one they cancelled. One row a person and event, reused when they register again; the
 * event decides every change (see {@link NetworkEvent}).
 */
@Entity
public class EventRegistration {

  public enum Status {
    REGISTERED,
    WAITING,
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_registration_seq")
  @SequenceGenerator(
      name = "event_registration_seq",
      sequenceName = "event_registration_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private NetworkEvent event;

  @ManyToOne(optional = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  private Status status;

  private Instant requestedAt;
  private Instant confirmedAt;
  private Instant cancelledAt;
  private boolean attended;
  private Instant attendanceMarkedAt;

  @Version private long version;

  protected EventRegistration() {}

  EventRegistration(NetworkEvent event, Account account, boolean placeFree, Instant now) {
    this.event = event;
    this.account = account;
    ask(placeFree, now);
  }

  /** A place if one is free, else the end of the waiting list. */
  void ask(boolean placeFree, Instant now) {
    requestedAt = now;
    cancelledAt = null;
    status = placeFree ? Status.REGISTERED : Status.WAITING;
    confirmedAt = placeFree ? now : null;
  }

  void promote(Instant now) {
    status = Status.REGISTERED;
    confirmedAt = now;
  }

  void cancel(Instant now) {
    status = Status.CANCELLED;
    cancelledAt = now;
  }

  void attended(boolean came, Instant now) {
    attended = came;
    attendanceMarkedAt = now;
  }

  public boolean isActive() {
    return status != Status.CANCELLED;
  }

  public boolean hasPlace() {
    return status == Status.REGISTERED;
  }

  public boolean isWaiting() {
    return status == Status.WAITING;
  }

  public boolean belongsTo(Account other) {
    return account == other || (account.getId() != null && account.getId().equals(other.getId()));
  }

  public Long getId() {
    return id;
  }

  public NetworkEvent getEvent() {
    return event;
  }

  public Account getAccount() {
    return account;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public boolean isAttended() {
    return attended;
  }
}
