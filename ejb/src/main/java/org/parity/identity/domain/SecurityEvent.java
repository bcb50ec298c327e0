package org.parity.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/**
 * One line of the security audit log. Immutable once written: it has no setters, and nothing in
 * Parity updates or deletes the table.
 */
@Entity
public class SecurityEvent {

  /** What happened. */
  public enum Kind {
    SIGNED_IN,
    SIGN_IN_FAILED,
    SIGN_IN_PAUSED,
    SIGN_IN_REFUSED_DISABLED,
    SIGN_IN_REFUSED_UNVERIFIED,
    REGISTERED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    SIGNED_OUT_EVERYWHERE,
    ACCOUNT_CREATED,
    ACCESS_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    SECOND_FACTOR_ENABLED,
    SECOND_FACTOR_DISABLED,
    RECOVERY_CODES_REPLACED,
    RECOVERY_CODE_USED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    ORGANISATION_LINKED,
    SIGN_IN_REFUSED_BY_ORGANISATION,
    DATA_EXPORT_REQUESTED,
    UNVERIFIED_ACCOUNTS_REMOVED,
    CLOSURE_REQUESTED,
    CLOSURE_CANCELLED,
    ACCOUNT_ERASED
  }

  private static final int LONGEST_TEXT = 254;
  private static final int LONGEST_DETAIL = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
  @SequenceGenerator(
      name = "security_event_seq",
      sequenceName = "security_event_seq",
      allocationSize = 50)
  private Long id;

  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String actor;
  private String subject;
  private String clientAddress;
  private String detail;

  protected SecurityEvent() {}

  public SecurityEvent(
      Instant at, Kind kind, String actor, String subject, String clientAddress, String detail) {
    this.occurredAt = at;
    this.kind = kind;
    this.actor = cut(actor, LONGEST_TEXT);
    this.subject = cut(subject, LONGEST_TEXT);
    this.clientAddress = cut(clientAddress, 64);
    this.detail = cut(detail, LONGEST_DETAIL);
  }

  private static String cut(String text, int longest) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.length() <= longest ? trimmed : trimmed.substring(0, longest);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Kind getKind() {
    return kind;
  }

  public String getActor() {
    return actor;
  }

  public String getSubject() {
    return subject;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getDetail() {
    return detail;
  }
}
