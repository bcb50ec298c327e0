package org.parity.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.RecoveryCode;
import org.parity.identity.domain.SecurityEvent;
import org.parity.identity.domain.SignInThrottle;
import org.parity.identity.infrastructure.Accounts;
import org.parity.identity.infrastructure.RecoveryCodes;
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
  @Inject TotpCodes totp;
  @Inject RecoveryCodes recoveryCodes;

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
      return refused(throttle, email, now, null);
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
    if (passwords.needsRehash(account.getPasswordHash())) {
      account.rehashPassword(passwords.hash(password));
    }
    if (account.hasSecondFactor()) {
      return SignInResult.secondFactorNeeded(account);
    }
    log.record(SecurityEvent.Kind.SIGNED_IN, account.getEmail());
    return SignInResult.signedIn(account);
  }

  /**
   * The second step of signing in, for an account whose password was just right: a code from its
   * authenticator app (once only, give or take 30 seconds) or one of its recovery codes. Wrong
   * codes count towards the same pause as wrong passwords.
   */
  public SignInResult secondFactor(long accountId, String code) {
    Instant now = clock.instant();
    Optional<Account> found =
        accounts.byId(accountId).filter(Account::isEnabled).filter(Account::hasSecondFactor);
    if (found.isEmpty()) {
      return SignInResult.of(SignInResult.Outcome.INVALID_CREDENTIALS);
    }
    Account account = found.get();
    SignInThrottle throttle = throttles.forEmail(account.getEmail());
    Optional<Instant> paused = throttle.pausedUntil(now);
    if (paused.isPresent()) {
      log.record(SecurityEvent.Kind.SIGN_IN_FAILED, account.getEmail(), "while sign-in is paused");
      return SignInResult.paused(paused.get());
    }
    // An app's code has six digits; a recovery code is longer, so only one kind can match.
    boolean right = totp.accept(account, code);
    String how = "with a code from an authenticator app";
    if (!right) {
      Optional<RecoveryCode> recovery =
          recoveryCodes.unused(account).stream().filter(c -> c.matches(code)).findFirst();
      recovery.ifPresent(c -> c.use(now));
      right = recovery.isPresent();
      how = "with a recovery code";
      if (right) {
        log.record(SecurityEvent.Kind.RECOVERY_CODE_USED, account.getEmail());
      }
    }
    if (!right) {
      return refused(throttle, account.getEmail(), now, "wrong second-factor code");
    }
    throttle.recordSuccess();
    log.record(SecurityEvent.Kind.SIGNED_IN, account.getEmail(), how);
    return SignInResult.signedIn(account);
  }

  private SignInResult refused(SignInThrottle throttle, String email, Instant now, String why) {
    throttles.recordFailure(throttle, now);
    Optional<Instant> pausedNow = throttle.pausedUntil(now);
    log.record(
        pausedNow.isPresent()
            ? SecurityEvent.Kind.SIGN_IN_PAUSED
            : SecurityEvent.Kind.SIGN_IN_FAILED,
        email,
        pausedNow.map(until -> "paused until " + until).orElse(why));
    return pausedNow
        .map(SignInResult::paused)
        .orElse(SignInResult.of(SignInResult.Outcome.INVALID_CREDENTIALS));
  }
}
