package org.parity.identity.application;

import java.time.Instant;
import java.util.Set;

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
    DISABLED
  }

  static SignInResult of(Outcome outcome) {
    return new SignInResult(outcome, null, 0, null, Set.of(), null, false);
  }

  static SignInResult paused(Instant until) {
    return new SignInResult(Outcome.PAUSED, null, 0, null, Set.of(), until, false);
  }
}
