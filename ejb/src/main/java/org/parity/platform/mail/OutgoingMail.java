package org.parity.platform.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A mail as Parity wrote it. It is stored in the same transaction as the change that caused it,
 * then delivered after commit and retried until it goes, so a mail server that is down loses
 * nothing.
 */
@Entity
@NamedQuery(
    name = "OutgoingMail.findNewestFirst",
    query = "select m from OutgoingMail m order by m.createdAt desc, m.id desc")
@NamedQuery(name = "OutgoingMail.count", query = "select count(m) from OutgoingMail m")
@NamedQuery(
    name = "OutgoingMail.countPending",
    query =
        "select count(m) from OutgoingMail m"
            + " where m.status = org.parity.platform.mail.OutgoingMail.Status.PENDING")
@NamedQuery(
    name = "OutgoingMail.findDue",
    query =
        "select m.id from OutgoingMail m where m.status = org.parity.platform.mail.OutgoingMail.Status.PENDING"
            + " and m.attempts < :maxAttempts"
            + " and (m.sendingUntil is null or m.sendingUntil < :now) order by m.createdAt")
public class OutgoingMail implements java.io.Serializable {

  // Held in the outbox page's view (a shared session in a cluster).
  private static final long serialVersionUID = 1L;

  /** PENDING waits for delivery; HELD stays in the outbox because no SMTP server is configured. */
  public enum Status {
    PENDING,
    SENT,
    HELD,
    FAILED
  }

  static final int MAX_ATTEMPTS = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
  @SequenceGenerator(
      name = "outgoing_mail_seq",
      sequenceName = "outgoing_mail_seq",
      allocationSize = 50)
  private Long id;

  private String recipient;
  private String subject;
  private String body;
  private String actionUrl;

  @Enumerated(EnumType.STRING)
  private Status status;

  private int attempts;
  private String lastError;
  private Instant createdAt;
  private Instant sentAt;

  /** The node sending it now, and until when that claim holds (a node may die mid-send). */
  private String sendingBy;

  private Instant sendingUntil;

  @Version private long version;

  protected OutgoingMail() {}

  OutgoingMail(
      String recipient,
      String subject,
      String body,
      String actionUrl,
      boolean deliverable,
      Instant now) {
    this.recipient = recipient;
    // A subject naming a long title is cut to what the column holds, rather than refused.
    this.subject = subject.length() > 200 ? subject.substring(0, 199) + "…" : subject;
    this.body = body;
    this.actionUrl = actionUrl;
    this.status = deliverable ? Status.PENDING : Status.HELD;
    this.createdAt = now;
  }

  /**
   * Claims it for sending by one node: true when it waits to be sent and nobody else is sending it.
   * The claim is committed before the mail goes out; the version column makes a second node's claim
   * of the same mail fail at commit.
   */
  boolean claimForSending(String node, Instant now, Instant until) {
    if (status != Status.PENDING || (sendingUntil != null && sendingUntil.isAfter(now))) {
      return false;
    }
    sendingBy = node;
    sendingUntil = until;
    return true;
  }

  void delivered(Instant now) {
    sendingBy = null;
    sendingUntil = null;
    status = Status.SENT;
    sentAt = now;
    attempts++;
    lastError = null;
  }

  void failed(String error) {
    sendingBy = null;
    sendingUntil = null;
    attempts++;
    lastError =
        error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= MAX_ATTEMPTS) {
      status = Status.FAILED;
    }
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getActionUrl() {
    return actionUrl;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getSendingBy() {
    return sendingBy;
  }
}
