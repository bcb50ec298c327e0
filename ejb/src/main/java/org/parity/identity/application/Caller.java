package org.parity.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Accounts;
import org.parity.platform.NotAllowedException;

/**
 * Who is asking: the one reader of the caller's principal in Parity's services. The account is
 * looked up once per request; its roles are the container's, which the sign-in mechanism reads
 * afresh from the database on every request, so a role taken away counts at once.
 */
@RequestScoped
public class Caller {

  private static final String ANONYMOUS = "anonymous";

  // The name from CDI's principal (cheap, and it follows a run-as bean's identity); roles from a
  // session bean, which sees a run-as role too.
  @Inject Principal principal;
  @Inject CallerRoles container;
  @Inject Accounts accounts;

  // Keyed by name: within one request a run-as bean may call as someone else.
  private String lookedUpName;
  private Long accountId;

  /** The signed-in account, managed in the current transaction; empty for a visitor. */
  public Optional<Account> current() {
    Optional<String> name = email();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (!name.get().equals(lookedUpName)) {
      Optional<Account> found = accounts.byEmail(name.get());
      lookedUpName = name.get();
      accountId = found.map(Account::getId).orElse(null);
      return found;
    }
    return accountId == null ? Optional.empty() : accounts.byId(accountId);
  }

  /** The signed-in account; a visitor is refused. */
  public Account required() {
    return current().orElseThrow(() -> new NotAllowedException("Sign in first"));
  }

  /** The caller's e-mail address (the name they sign in with), if signed in. */
  public Optional<String> email() {
    String name = principal == null ? null : principal.getName();
    return name == null || ANONYMOUS.equals(name) ? Optional.empty() : Optional.of(name);
  }

  public boolean isSignedIn() {
    return email().isPresent();
  }

  public boolean isAdmin() {
    return has(Role.ADMIN);
  }

  public boolean has(Role role) {
    return container.isInRole(role.name());
  }
}
