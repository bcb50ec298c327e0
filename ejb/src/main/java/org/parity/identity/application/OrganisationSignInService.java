package org.parity.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.EmailAddress;
import org.parity.identity.domain.Profile;
import org.parity.identity.domain.Role;
import org.parity.identity.domain.SecurityEvent;
import org.parity.identity.infrastructure.Accounts;

/**
 * Signing in through an organisation's OpenID provider. A person is known by the provider's subject
 * once linked; the first time, by the e-mail address the provider has confirmed (linking the
 * account that has it), or else a new account is made with the provider's name and address.
 */
@Stateless
@PermitAll
public class OrganisationSignInService {

  @Inject SecurityLog log;
  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject Clock clock;

  public SignInResult signIn(OrganisationIdentity who) {
    Optional<Account> linked = accounts.byOrganisationLink(who.issuer(), who.subject());
    Account account;
    if (linked.isPresent()) {
      account = linked.get();
    } else if (!who.emailVerified() || who.email() == null || who.email().isBlank()) {
      log.record(
          SecurityEvent.Kind.SIGN_IN_REFUSED_BY_ORGANISATION,
          who.email(),
          "the provider has not confirmed the address");
      return SignInResult.of(SignInResult.Outcome.ORGANISATION_EMAIL_NOT_VERIFIED);
    } else {
      Optional<Account> byEmail = accounts.byEmail(who.email());
      if (byEmail.isPresent() && byEmail.get().hasOrganisationLink()) {
        log.record(
            SecurityEvent.Kind.SIGN_IN_REFUSED_BY_ORGANISATION,
            who.email(),
            "the account is linked to someone else at " + byEmail.get().getOidcIssuer());
        return SignInResult.of(SignInResult.Outcome.ORGANISATION_LINK_TAKEN);
      }
      account = byEmail.map(existing -> link(existing, who)).orElseGet(() -> create(who));
    }
    if (!account.isEnabled()) {
      log.record(SecurityEvent.Kind.SIGN_IN_REFUSED_DISABLED, account.getEmail());
      return SignInResult.of(SignInResult.Outcome.DISABLED);
    }
    if (account.hasSecondFactor()) {
      return SignInResult.secondFactorNeeded(account);
    }
    log.record(SecurityEvent.Kind.SIGNED_IN, account.getEmail(), "through " + who.issuer());
    return SignInResult.signedIn(account);
  }

  private Account link(Account account, OrganisationIdentity who) {
    Instant now = clock.instant();
    if (!account.isEmailVerified()) {
      // Someone registered this address before its owner proved it: whatever password they chose
      // must not open the account the owner is now taking up.
      account.changePasswordHash(passwords.hashOfUnknownPassword());
      account.verifyEmail(now);
    }
    account.linkOrganisation(who.issuer(), who.subject(), now);
    log.record(SecurityEvent.Kind.ORGANISATION_LINKED, account.getEmail(), who.issuer());
    return account;
  }

  private Account create(OrganisationIdentity who) {
    Instant now = clock.instant();
    String email = EmailAddress.normalise(who.email());
    Account account =
        new Account(
            email,
            new Profile(displayName(who, email), Profile.OTHER_PROFESSION, null, null, null, null),
            passwords.hashOfUnknownPassword(),
            now);
    account.verifyEmail(now);
    account.grant(Role.LEARNER);
    account.grant(Role.MEMBER);
    account.linkOrganisation(who.issuer(), who.subject(), now);
    accounts.add(account);
    log.record(SecurityEvent.Kind.REGISTERED, email, "through " + who.issuer());
    return account;
  }

  private static String displayName(OrganisationIdentity who, String email) {
    String name =
        who.name() == null || who.name().isBlank()
            ? email.substring(0, email.indexOf('@'))
            : who.name().strip();
    return name.length() > Profile.MAX_DISPLAY_NAME
        ? name.substring(0, Profile.MAX_DISPLAY_NAME)
        : name;
  }
}
