package org.parity.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a session keeps of its sign-in: the account, the session generation it began in and when.
 * Nothing else (no name, no roles): those are read afresh on every request.
 */
record SignedInSession(long accountId, int generation, Instant startedAt) implements Serializable {

  /** However active, a session ends this long after sign-in. */
  static final Duration LIFETIME = Duration.ofHours(12);

  /** "Keep me signed in": the idle limit on that device is stretched to the whole lifetime. */
  static final int KEPT_IDLE_SECONDS = (int) LIFETIME.toSeconds();

  private static final String ATTRIBUTE = "parity.signedIn";

  static Optional<SignedInSession> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((SignedInSession) session.getAttribute(ATTRIBUTE));
  }

  boolean expiredAt(Instant now) {
    return !now.isBefore(startedAt.plus(LIFETIME));
  }

  void keepIn(HttpSession session) {
    session.setAttribute(ATTRIBUTE, this);
  }

  /** The same sign-in carried on into a new generation (its owner just changed the password). */
  SignedInSession renewedAs(int newGeneration) {
    return new SignedInSession(accountId, newGeneration, startedAt);
  }
}
