package org.parity.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.SecurityEvent;
import org.parity.identity.domain.SignInThrottle;
import org.parity.identity.infrastructure.Accounts;
import org.parity.identity.infrastructure.SignInThrottles;

/**
 * Checks an email and password. Wrong passwords and unknown emails look the same from outside: the
 * same answer, the same time spent, the same pause after five failures in a row.
 */
@Stateless
@PermitAll
public class SignInService {

  @Inject SecurityLog log;
  @Inject Accounts accounts;
  @Inject SignInThrottles throttles;
  @Inject Passwords passwords;
  @Inject Clock clock;

  public SignInResult attempt(String email, String password) {
    Instant now = clock.instant();
    SignInThrottle throttle = throttles.forEmail(email);
    Optional<Instant> paused = throttle.pausedUntil(now);
    if (paused.isPresent()) {
      log.record(SecurityEvent.Kind.SIGN_IN_FAILED, email, "while sign-in is paused");
      return SignInResult.paused(paused.get());
    }
    Optional<Account> found = accounts.byEmail(email);
    boolean passwordMatches;
    if (found.isPresent()) {
      passwordMatches = passwords.matches(password, found.get().getPasswordHash());
    } else {
      passwords.spendTimeLikeACheck(password);
      passwordMatches = false;
    }
    if (!passwordMatches) {
      throttle.recordFailure(now);
      Optional<Instant> pausedNow = throttle.pausedUntil(now);
      log.record(
          pausedNow.isPresent()
              ? SecurityEvent.Kind.SIGN_IN_PAUSED
              : SecurityEvent.Kind.SIGN_IN_FAILED,
          email,
          pausedNow.map(until -> "paused until " + until).orElse(null));
      return pausedNow
          .map(SignInResult::paused)
          .orElse(SignInResult.of(SignInResult.Outcome.INVALID_CREDENTIALS));
    }
    throttle.recordSuccess();
    Account account = found.get();
    if (!account.isEnabled()) {
      log.record(SecurityEvent.Kind.SIGN_IN_REFUSED_DISABLED, account.getEmail());
      return SignInResult.of(SignInResult.Outcome.DISABLED);
    }
    if (!account.isEmailVerified()) {
      log.record(SecurityEvent.Kind.SIGN_IN_REFUSED_UNVERIFIED, account.getEmail());
      return SignInResult.of(SignInResult.Outcome.EMAIL_NOT_VERIFIED);
    }
    log.record(SecurityEvent.Kind.SIGNED_IN, account.getEmail());
    return new SignInResult(
        SignInResult.Outcome.SUCCESS,
        account.getId(),
        account.getSessionGeneration(),
        account.getEmail(),
        account.getRoles().stream().map(Enum::name).collect(Collectors.toSet()),
        null,
        account.isMustChangePassword());
  }
}
