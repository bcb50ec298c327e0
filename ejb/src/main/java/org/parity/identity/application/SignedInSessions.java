package org.parity.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.identity.domain.Account;
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

  /** Who a session begun in {@code generation} acts as now; empty when it must end. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Standing> standing(long accountId, int generation) {
    return accounts
        .byId(accountId)
        .filter(Account::isEnabled)
        .filter(account -> account.getSessionGeneration() == generation)
        .map(
            account ->
                new Standing(
                    account.getEmail(),
                    account.getRoles().stream().map(Enum::name).collect(Collectors.toSet()),
                    !account.hasSecondFactor() && secondFactor.requiredFor(account)));
  }

  /**
   * The caller's name and current roles, and whether their roles require a second factor they have
   * not set up yet (until they do, they may only set it up).
   */
  public record Standing(String email, Set<String> roles, boolean secondFactorMissing) {}
}
