package org.parity.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A link sent by mail that proves the reader holds the mailbox: it works once, until it expires.
 * Only the SHA-256 of the secret is stored, so a copy of the database opens nothing.
 */
@Entity
@NamedQuery(
    name = "OneTimeToken.findByHash",
    query = "select t from OneTimeToken t join fetch t.account where t.tokenHash = :hash")
@NamedQuery(
    name = "OneTimeToken.endUnused",
    query =
        "update OneTimeToken t set t.usedAt = :now"
            + " where t.account = :account and t.purpose = :purpose and t.usedAt is null")
public class OneTimeToken {

  public enum Purpose {
    VERIFY_EMAIL(Duration.ofHours(48)),
    RESET_PASSWORD(Duration.ofHours(1));

    private final Duration lifetime;

    Purpose(Duration lifetime) {
      this.lifetime = lifetime;
    }

    public Duration lifetime() {
      return lifetime;
    }
  }

  /** The stored token together with the secret that goes into the mail, and nowhere else. */
  public record Issued(OneTimeToken token, String secret) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_time_token_seq")
  @SequenceGenerator(
      name = "one_time_token_seq",
      sequenceName = "one_time_token_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  private String tokenHash;
  private Instant createdAt;
  private Instant expiresAt;
  private Instant usedAt;

  protected OneTimeToken() {}

  private OneTimeToken(Account account, Purpose purpose, String tokenHash, Instant now) {
    this.account = account;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.lifetime());
  }

  public static Issued issue(Account account, Purpose purpose, Instant now) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Issued(new OneTimeToken(account, purpose, hash(secret), now), secret);
  }

  public static String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public boolean isUsableAt(Instant now, Purpose expected) {
    return purpose == expected && usedAt == null && now.isBefore(expiresAt);
  }

  /** Uses the token up; refuses if it is of another purpose, used already or expired. */
  public Account redeem(Instant now, Purpose expected) {
    if (!isUsableAt(now, expected)) {
      throw new TokenNotUsableException();
    }
    usedAt = now;
    return account;
  }

  public Account getAccount() {
    return account;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
