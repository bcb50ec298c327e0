package org.parity.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.OneTimeToken;
import org.parity.identity.domain.Role;
import org.parity.identity.domain.SecurityEvent;
import org.parity.identity.domain.TokenNotUsableException;
import org.parity.identity.infrastructure.Accounts;
import org.parity.identity.infrastructure.OneTimeTokens;

/** Registering an account and proving its email address. */
@Stateless
@PermitAll
public class RegistrationService {

  @Inject SecurityLog log;
  @Inject Accounts accounts;
  @Inject OneTimeTokens tokens;
  @Inject Passwords passwords;
  @Inject NewAccountRules rules;
  @Inject IdentityMail mail;
  @Inject Clock clock;

  /**
   * Creates an unverified account with the roles every person has, and mails a verification link.
   * For an address that already has an account nothing is created: its owner is mailed instead, and
   * the caller gets the same answer either way, so registering reveals no one's account.
   *
   * @param pageBase the site's address as the browser saw it, for the link in the mail
   */
  public void register(RegistrationRequest request, String pageBase) {
    rules.check(request, false);
    Optional<Account> existing = accounts.byEmail(request.email());
    if (existing.isPresent()) {
      mail.alreadyRegistered(existing.get(), pageBase);
      return;
    }
    Account account =
        new Account(
            request.email(),
            request.profile(),
            passwords.hash(request.password()),
            clock.instant());
    account.grant(Role.LEARNER);
    account.grant(Role.MEMBER);
    accounts.add(account);
    log.record(SecurityEvent.Kind.REGISTERED, account.getEmail());
    sendVerification(account, pageBase);
  }

  /** Marks the account's email verified; refuses unknown, used or expired links. */
  public String verifyEmail(String secret) {
    OneTimeToken token = tokens.bySecret(secret).orElseThrow(TokenNotUsableException::new);
    Account account = token.redeem(clock.instant(), OneTimeToken.Purpose.VERIFY_EMAIL);
    account.verifyEmail(clock.instant());
    return account.getEmail();
  }

  /** Sends a fresh link to an unverified account; says nothing about whether the email exists. */
  public void resendVerification(String email, String pageBase) {
    accounts
        .byEmail(email)
        .filter(account -> !account.isEmailVerified() && account.isEnabled())
        .ifPresent(account -> sendVerification(account, pageBase));
  }

  private void sendVerification(Account account, String pageBase) {
    OneTimeToken.Issued issued =
        OneTimeToken.issue(account, OneTimeToken.Purpose.VERIFY_EMAIL, clock.instant());
    tokens.add(issued.token());
    mail.verification(account, issued, pageBase);
  }
}
