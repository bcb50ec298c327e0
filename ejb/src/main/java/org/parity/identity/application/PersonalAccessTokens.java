package org.parity.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.parity.identity.domain.AccessToken;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.SecurityEvent;
import org.parity.identity.infrastructure.AccessTokens;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;

/** A person's own access tokens, on /me/security: made (shown once), listed, revoked. */
@Stateless
@RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class PersonalAccessTokens {

  static final int MOST_TOKENS = 20;

  @Inject Caller caller;
  @Inject AccessTokens tokens;
  @Inject SecurityLog log;
  @Inject Clock clock;

  /** A token as its owner sees it afterwards: never the secret. */
  public record TokenView(long id, String name, String scope, Instant createdAt, Instant lastUsedAt)
      implements java.io.Serializable {}

  /** Makes a token; the secret returned is the only copy there will ever be. */
  public String create(String name, AccessToken.Scope scope) {
    Account account = caller.required();
    String trimmed = name == null ? "" : name.strip();
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (trimmed.isEmpty() || trimmed.length() > 100) {
      errors.add("tokenName", "token.nameRequired");
    }
    if (scope == null) {
      errors.add("tokenScope", "token.scopeRequired");
    }
    if (tokens.of(account).size() >= MOST_TOKENS) {
      errors.add("tokenName", "token.tooMany");
    }
    errors.throwIfAny();
    AccessToken.Issued issued = AccessToken.issue(account, trimmed, scope, clock.instant());
    tokens.add(issued.token());
    log.record(SecurityEvent.Kind.TOKEN_CREATED, account.getEmail(), trimmed + " (" + scope + ")");
    return issued.secret();
  }

  public List<TokenView> mine() {
    return tokens.of(caller.required()).stream()
        .map(
            t ->
                new TokenView(
                    t.getId(),
                    t.getName(),
                    t.getScope().name(),
                    t.getCreatedAt(),
                    t.getLastUsedAt()))
        .toList();
  }

  public void revoke(long id) {
    Account account = caller.required();
    AccessToken token =
        tokens
            .byId(id)
            .filter(t -> t.getAccount().getId().equals(account.getId()))
            .orElseThrow(() -> new NotAllowedException("Not your token"));
    token.revoke(clock.instant());
    log.record(SecurityEvent.Kind.TOKEN_REVOKED, account.getEmail(), token.getName());
  }
}
