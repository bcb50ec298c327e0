package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * How often a member wants mail about discussions, and the secret in the one-click unsubscribe link
 * every such mail carries. Members who never chose have the default, {@link Choice#DAILY_DIGEST}:
 * at most one mail a day in a clinician's work inbox, while the bell tells them at once.
 */
@Entity
@NamedQuery(
    name = "MailPreference.findByToken",
    query = "select p from MailPreference p where p.unsubscribeToken = :token")
@NamedQuery(
    name = "MailPreference.findByAccounts",
    query = "select p from MailPreference p where p.accountId in :accounts")
public class MailPreference {

  public enum Choice {
    AT_ONCE,
    DAILY_DIGEST,
    NEVER
  }

  public static final Choice DEFAULT = Choice.DAILY_DIGEST;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private Long accountId;

  @Enumerated(EnumType.STRING)
  private Choice choice;

  @Enumerated(EnumType.STRING)
  private Choice previousChoice;

  private String unsubscribeToken;
  private Instant lastDigestAt;

  @Version private long version;

  protected MailPreference() {}

  public MailPreference(long accountId) {
    this.accountId = accountId;
    this.choice = DEFAULT;
    this.unsubscribeToken = newToken();
  }

  /** 256 random bits, URL-safe: guessing one is hopeless, so the link needs no sign-in. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public void choose(Choice chosen) {
    if (chosen == null) {
      throw new IllegalArgumentException("choice");
    }
    choice = chosen;
    previousChoice = null;
  }

  /** The one-click link: no more mail, remembering what to restore. */
  public void unsubscribe() {
    if (choice != Choice.NEVER) {
      previousChoice = choice;
      choice = Choice.NEVER;
    }
  }

  /** Undoes {@link #unsubscribe()}: back to what the member had, or the default. */
  public void resubscribe() {
    if (choice == Choice.NEVER) {
      choice = previousChoice == null || previousChoice == Choice.NEVER ? DEFAULT : previousChoice;
      previousChoice = null;
    }
  }

  public void digestSent(Instant now) {
    lastDigestAt = now;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Choice getChoice() {
    return choice;
  }

  public String getUnsubscribeToken() {
    return unsubscribeToken;
  }

  public Instant getLastDigestAt() {
    return lastDigestAt;
  }
}
