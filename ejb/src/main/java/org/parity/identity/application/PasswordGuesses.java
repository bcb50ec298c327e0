package org.parity.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.parity.identity.infrastructure.SignInThrottles;

/**
 * A wrong password typed where the refusal rolls the rest back (the current password on
 * /me/password): counted in a transaction of its own, so the guess still counts towards the pause.
 */
@Stateless
@PermitAll
public class PasswordGuesses {

  @Inject SignInThrottles throttles;
  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void wrongGuess(String email) {
    throttles.recordFailure(throttles.forEmail(email), clock.instant());
  }
}
