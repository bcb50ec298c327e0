package org.parity.identity.web;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in gone to the organisation's provider, waiting (ten minutes at most) in the browser's
 * session for its return: the state that ties the answer to this browser, the nonce the ID token
 * must carry, the PKCE verifier the code is traded with, and where to land afterwards. It is taken
 * out of the session on return, so an answer is used once.
 */
record OrganisationSignInAttempt(
    String state,
    String nonce,
    String verifier,
    String next,
    boolean keepSignedIn,
    Instant startedAt)
    implements Serializable {

  static final Duration WAITS = Duration.ofMinutes(10);

  private static final String ATTRIBUTE = "parity.organisationSignIn";

  static OrganisationSignInAttempt start(String next, boolean keepSignedIn, Instant now) {
    return new OrganisationSignInAttempt(
        new State().getValue(),
        new Nonce().getValue(),
        new CodeVerifier().getValue(),
        next,
        keepSignedIn,
        now);
  }

  void keepIn(HttpSession session) {
    session.setAttribute(ATTRIBUTE, this);
  }

  /** The attempt this browser started, if it has not returned already or waited too long. */
  static Optional<OrganisationSignInAttempt> takeFrom(HttpServletRequest request, Instant now) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    OrganisationSignInAttempt attempt = (OrganisationSignInAttempt) session.getAttribute(ATTRIBUTE);
    session.removeAttribute(ATTRIBUTE);
    return Optional.ofNullable(attempt)
        .filter(started -> now.isBefore(started.startedAt().plus(WAITS)));
  }
}
