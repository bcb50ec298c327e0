package org.parity.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A personal access token: a script or app acts as its owner through the API with it, reading only,
 * or reading and writing. The secret is shown once; only its hash is kept.
 */
@Entity
@NamedQuery(
    name = "AccessToken.byHash",
    query = "select t from AccessToken t join fetch t.account where t.tokenHash = :hash")
@NamedQuery(
    name = "AccessToken.of",
    query =
        "select t from AccessToken t where t.account = :account and t.revokedAt is null"
            + " order by t.createdAt desc")
public class AccessToken {

  /** What a token may do. */
  public enum Scope {
    READ,
    WRITE
  }

  /** A new token and its secret, which exists nowhere else. */
  public record Issued(AccessToken token, String secret) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_token_seq")
  @SequenceGenerator(
      name = "access_token_seq",
      sequenceName = "access_token_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Account account;

  private String name;

  @Enumerated(EnumType.STRING)
  private Scope scope;

  private String tokenHash;
  private Instant createdAt;
  private Instant lastUsedAt;
  private Instant revokedAt;

  protected AccessToken() {}

  private AccessToken(Account account, String name, Scope scope, String hash, Instant now) {
    this.account = account;
    this.name = name;
    this.scope = scope;
    this.tokenHash = hash;
    this.createdAt = now;
  }

  public static Issued issue(Account account, String name, Scope scope, Instant now) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = "parity_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Issued(
        new AccessToken(account, name, scope, OneTimeToken.hash(secret), now), secret);
  }

  public boolean isUsable() {
    return revokedAt == null && account.isEnabled();
  }

  /** Notes the use, at most once a minute, so reading the API does not mean a write a call. */
  public void usedAt(Instant now) {
    if (lastUsedAt == null || lastUsedAt.plus(USE_RECORDED_EVERY).isBefore(now)) {
      lastUsedAt = now;
    }
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public String getName() {
    return name;
  }

  public Scope getScope() {
    return scope;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
