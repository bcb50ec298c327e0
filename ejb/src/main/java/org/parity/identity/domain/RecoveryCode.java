package org.parity.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** A single-use code that stands in for the second factor when the phone is lost; kept hashed. */
@Entity
@NamedQuery(
    name = "RecoveryCode.unused",
    query = "select c from RecoveryCode c where c.account = :account and c.usedAt is null")
@NamedQuery(
    name = "RecoveryCode.deleteOf",
    query = "delete from RecoveryCode c where c.account = :account")
public class RecoveryCode {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_code_seq")
  @SequenceGenerator(
      name = "recovery_code_seq",
      sequenceName = "recovery_code_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Account account;

  private String codeHash;
  private Instant usedAt;

  protected RecoveryCode() {}

  public RecoveryCode(Account account, String code) {
    this.account = account;
    this.codeHash = hash(code);
  }

  /** Codes are compared without their dashes and case, as people type them. */
  public static String hash(String code) {
    return OneTimeToken.hash(normalise(code));
  }

  private static String normalise(String code) {
    return code == null
        ? ""
        : code.replace("-", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
  }

  public boolean matches(String typed) {
    return usedAt == null
        && java.security.MessageDigest.isEqual(
            codeHash.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            hash(typed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public void use(Instant now) {
    usedAt = now;
  }
}
