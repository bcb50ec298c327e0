package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parity.identity.application.Caller;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.domain.MailPreference;
import org.parity.network.domain.MailPreference.Choice;
import org.parity.network.infrastructure.Notifications;
import org.parity.platform.InvalidInput;

/**
 * How often a member hears of discussions by mail: at once, a daily digest, or never. The one-click
 * link in every mail turns it off without signing in; the secret in the link is all it needs.
 */
@Stateless
@RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class MailPreferenceService {

  @Inject Caller caller;
  @Inject Notifications store;
  @Inject Accounts accounts;

  /** AT_ONCE, DAILY_DIGEST or NEVER. */
  public String mine() {
    return store
        .preference(signedIn().getId())
        .map(MailPreference::getChoice)
        .orElse(MailPreference.DEFAULT)
        .name();
  }

  public void choose(String choice) {
    Choice chosen;
    try {
      chosen = Choice.valueOf(choice == null ? "" : choice.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("choice", "notify.choice.required");
    }
    Account me = signedIn();
    preferenceOf(me).choose(chosen);
    if (chosen != Choice.DAILY_DIGEST) {
      store.dropDigest(me);
    }
  }

  /** The one-click link: mail off at once. Empty for a token nobody was given. */
  @PermitAll
  public Optional<String> unsubscribe(String token) {
    Optional<MailPreference> found = byToken(token);
    found.ifPresent(
        p -> {
          p.unsubscribe();
          accounts.byId(p.getAccountId()).ifPresent(store::dropDigest);
        });
    return found.map(p -> p.getChoice().name());
  }

  /** The choice a one-click link stands for, read only (the page's postback asks it). */
  @PermitAll
  public Optional<String> choice(String token) {
    return byToken(token).map(p -> p.getChoice().name());
  }

  /** Undoes the one-click unsubscribe: mail as the member had it before. */
  @PermitAll
  public Optional<String> resubscribe(String token) {
    Optional<MailPreference> found = byToken(token);
    found.ifPresent(MailPreference::resubscribe);
    return found.map(p -> p.getChoice().name());
  }

  private Optional<MailPreference> byToken(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
      return Optional.empty();
    }
    return store.preferenceByToken(token);
  }

  private MailPreference preferenceOf(Account account) {
    return store
        .preference(account.getId())
        .orElseGet(
            () -> {
              MailPreference created = new MailPreference(account.getId());
              store.add(created);
              return created;
            });
  }

  private Account signedIn() {
    return caller.required();
  }
}
