package org.parity.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.identity.domain.AccessToken;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.AccessTokens;
import org.parity.identity.infrastructure.Accounts;

/**
 * Whether a session may still act for its account, asked on every request: the account must be
 * enabled and its session generation unchanged since the session began. The roles come from the
 * database each time, so a role taken away counts from the next request.
 */
@Stateless
@PermitAll
public class SignedInSessions {

  @Inject Accounts accounts;
  @Inject SecondFactorRule secondFactor;
  @Inject AccessTokens tokens;
  @Inject Clock clock;

  /** Who a session begun in {@code generation} acts as now; empty when it must end. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Standing> standing(long accountId, int generation) {
    return accounts
        .byId(accountId)
        .filter(Account::isEnabled)
        .filter(account -> account.getSessionGeneration() == generation)
        .map(this::standingOf);
  }

  /**
   * Who a personal access token acts as, and with which scope; empty for an unknown or revoked
   * token, or a disabled account. Its use is noted (at most once a minute).
   */
  public Optional<TokenStanding> byToken(String secret) {
    return tokens
        .bySecret(secret)
        .filter(AccessToken::isUsable)
        .map(
            token -> {
              token.usedAt(clock.instant());
              return new TokenStanding(
                  standingOf(token.getAccount()), token.getScope() == AccessToken.Scope.WRITE);
            });
  }

  private Standing standingOf(Account account) {
    return new Standing(
        account.getEmail(),
        account.getDisplayName(),
        account.getRoles().stream().map(Enum::name).collect(Collectors.toSet()),
        !account.hasSecondFactor() && secondFactor.requiredFor(account));
  }

  /** A token's standing: its owner's, and whether it may write. */
  public record TokenStanding(Standing standing, boolean mayWrite) {}

  /**
   * The caller's name (and the name they go by), current roles, and whether their roles require a
   * second factor they have not set up yet (until they do, they may only set it up).
   */
  public record Standing(
      String email, String displayName, Set<String> roles, boolean secondFactorMissing) {}
}
