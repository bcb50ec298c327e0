package org.parity.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.PasswordPolicy;
import org.parity.identity.domain.PasswordProblem;
import org.parity.identity.domain.Profile;
import org.parity.identity.domain.SecurityEvent;
import org.parity.identity.domain.SignInThrottle;
import org.parity.identity.infrastructure.Accounts;
import org.parity.identity.infrastructure.SignInThrottles;
import org.parity.platform.InvalidInput;

/**
 * What a signed-in person changes about their own account; always the caller's, never another's.
 */
@Stateless
@RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class AccountSettingsService {

  @Inject SecurityLog log;
  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject ProfileRules profileRules;
  @Inject IdentityMail mail;
  @Inject SignInThrottles throttles;
  @Inject PasswordGuesses guesses;
  @Inject Clock clock;
  @Inject Caller caller;

  public AccountView myAccount() {
    return AccountView.of(caller());
  }

  /** The name the page header greets the caller by: no organisations read for it. */
  public String myDisplayName() {
    return caller().getDisplayName();
  }

  public void updateMyProfile(Profile profile) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    profileRules.check(profile, errors);
    errors.throwIfAny();
    caller().updateProfile(profile);
  }

  /**
   * Changes the caller's password, which ends every other session of the account, and mails the
   * owner. Returns the new session generation, which the caller's own session carries on in.
   */
  public int changeMyPassword(String currentPassword, String newPassword) {
    Account account = caller();
    InvalidInput.Collector errors = new InvalidInput.Collector();
    // Guessing the current password here is throttled like signing in: someone at an unlocked
    // screen must not find it by trying.
    SignInThrottle throttle = throttles.forEmail(account.getEmail());
    Instant now = clock.instant();
    if (throttle.pausedUntil(now).isPresent()) {
      throw InvalidInput.of("currentPassword", "password.currentPaused");
    }
    if (!passwords.matches(currentPassword, account.getPasswordHash())) {
      guesses.wrongGuess(account.getEmail());
      errors.add("currentPassword", "password.currentWrong");
    }
    PasswordPolicy.check(newPassword, account.getEmail()).stream()
        .findFirst()
        .map(PasswordProblem::messageKey)
        .ifPresent(key -> errors.add("newPassword", key));
    if (newPassword != null && newPassword.equals(currentPassword)) {
      errors.add("newPassword", "password.unchanged");
    }
    errors.throwIfAny();
    account.changePasswordHash(passwords.hash(newPassword));
    log.record(SecurityEvent.Kind.PASSWORD_CHANGED, account.getEmail());
    mail.passwordChanged(account);
    return account.getSessionGeneration();
  }

  /** "Sign out everywhere": every session of the caller's account ends, this one included. */
  public void signOutEverywhere() {
    Account account = caller();
    account.endAllSessions();
    log.record(SecurityEvent.Kind.SIGNED_OUT_EVERYWHERE, account.getEmail());
  }

  private Account caller() {
    return caller.required();
  }
}
