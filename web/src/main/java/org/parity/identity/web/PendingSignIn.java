package org.parity.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in whose password was right, waiting (five minutes at most) for its second factor. It
 * signs no one in: the session begins only when the code is right.
 */
record PendingSignIn(long accountId, Instant passwordAt, boolean keepSignedIn)
    implements Serializable {

  static final Duration WAITS = Duration.ofMinutes(5);

  private static final String ATTRIBUTE = "parity.pendingSignIn";

  static Optional<PendingSignIn> of(HttpServletRequest request, Instant now) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    return Optional.ofNullable((PendingSignIn) session.getAttribute(ATTRIBUTE))
        .filter(pending -> now.isBefore(pending.passwordAt().plus(WAITS)));
  }

  void keepIn(HttpSession session) {
    session.setAttribute(ATTRIBUTE, this);
  }

  static void end(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }
}
