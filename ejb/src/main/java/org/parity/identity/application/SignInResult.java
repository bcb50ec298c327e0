package org.parity.identity.application;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.identity.domain.Account;

/**
 * How a sign-in attempt ended; only SUCCESS carries the caller's account, name, roles and the
 * session generation a new session begins in.
 */
public record SignInResult(
    Outcome outcome,
    Long accountId,
    int sessionGeneration,
    String callerName,
    Set<String> roles,
    Instant pausedUntil,
    boolean mustChangePassword) {

  public enum Outcome {
    SUCCESS,
    /** The password was right; a second factor must follow before the session begins. */
    SECOND_FACTOR_NEEDED,
    INVALID_CREDENTIALS,
    PAUSED,
    EMAIL_NOT_VERIFIED,
    DISABLED,
    /** The organisation's provider has not confirmed this person's e-mail address. */
    ORGANISATION_EMAIL_NOT_VERIFIED,
    /** The address's account already signs in through another person at that provider. */
    ORGANISATION_LINK_TAKEN
  }

  static SignInResult signedIn(Account account) {
    return new SignInResult(
        Outcome.SUCCESS,
        account.getId(),
        account.getSessionGeneration(),
        account.getEmail(),
        account.getRoles().stream().map(Enum::name).collect(Collectors.toSet()),
        null,
        account.isMustChangePassword());
  }

  /** The first step was right; the session begins only with the second factor. */
  static SignInResult secondFactorNeeded(Account account) {
    return new SignInResult(
        Outcome.SECOND_FACTOR_NEEDED,
        account.getId(),
        account.getSessionGeneration(),
        account.getEmail(),
        Set.of(),
        null,
        account.isMustChangePassword());
  }

  static SignInResult of(Outcome outcome) {
    return new SignInResult(outcome, null, 0, null, Set.of(), null, false);
  }

  static SignInResult paused(Instant until) {
    return new SignInResult(Outcome.PAUSED, null, 0, null, Set.of(), until, false);
  }
}
