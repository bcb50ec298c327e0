package org.parity.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.OneTimeToken;
import org.parity.identity.domain.PasswordPolicy;
import org.parity.identity.domain.PasswordProblem;
import org.parity.identity.domain.SecurityEvent;
import org.parity.identity.domain.TokenNotUsableException;
import org.parity.identity.infrastructure.Accounts;
import org.parity.identity.infrastructure.OneTimeTokens;
import org.parity.identity.infrastructure.SignInThrottles;
import org.parity.platform.InvalidInput;

/** A forgotten password: a one-time link by mail, then a new password. */
@Stateless
@PermitAll
public class PasswordResetService {

  @Inject SecurityLog log;
  @Inject Accounts accounts;
  @Inject OneTimeTokens tokens;
  @Inject SignInThrottles throttles;
  @Inject Passwords passwords;
  @Inject IdentityMail mail;
  @Inject Clock clock;

  /** Mails a link if an enabled account has this email; the caller learns nothing either way. */
  public void requestReset(String email, String pageBase) {
    Optional<Account> account = accounts.byEmail(email).filter(Account::isEnabled);
    log.record(
        SecurityEvent.Kind.PASSWORD_RESET_REQUESTED,
        email,
        account.isPresent() ? null : "no enabled account has this address");
    account.ifPresent(
        found -> {
          OneTimeToken.Issued issued =
              OneTimeToken.issue(found, OneTimeToken.Purpose.RESET_PASSWORD, clock.instant());
          tokens.add(issued.token());
          mail.passwordReset(found, issued, pageBase);
        });
  }

  /** Whether a link can still be used, so the page can say so before the person types anything. */
  public boolean isUsable(String secret) {
    return tokens
        .bySecret(secret)
        .map(token -> token.isUsableAt(clock.instant(), OneTimeToken.Purpose.RESET_PASSWORD))
        .orElse(false);
  }

  public void reset(String secret, String newPassword) {
    OneTimeToken token = tokens.bySecret(secret).orElseThrow(TokenNotUsableException::new);
    if (!token.isUsableAt(clock.instant(), OneTimeToken.Purpose.RESET_PASSWORD)) {
      throw new TokenNotUsableException();
    }
    Account account = token.getAccount();
    PasswordPolicy.check(newPassword, account.getEmail()).stream()
        .findFirst()
        .map(PasswordProblem::messageKey)
        .ifPresent(
            key -> {
              throw InvalidInput.of("password", key);
            });
    token.redeem(clock.instant(), OneTimeToken.Purpose.RESET_PASSWORD);
    // Any other link mailed before this one dies with it, as do the account's sessions.
    tokens.endUnused(account, OneTimeToken.Purpose.RESET_PASSWORD, clock.instant());
    account.changePasswordHash(passwords.hash(newPassword));
    log.record(SecurityEvent.Kind.PASSWORD_RESET, account.getEmail());
    mail.passwordChanged(account);
    // The link came to the mailbox: that proves the address as well as a verification link would.
    account.verifyEmail(clock.instant());
    throttles.forEmail(account.getEmail()).recordSuccess();
  }
}
