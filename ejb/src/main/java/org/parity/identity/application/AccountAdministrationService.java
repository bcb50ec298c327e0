package org.parity.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Organisation;
import org.parity.identity.domain.Role;
import org.parity.identity.domain.SecurityEvent;
import org.parity.identity.infrastructure.Accounts;
import org.parity.identity.infrastructure.Organisations;
import org.parity.platform.InvalidInput;

/** Accounts and organisations as administrators manage them. ADMIN only, checked here. */
@Stateless
@RolesAllowed("ADMIN")
public class AccountAdministrationService {

  @Inject SecurityLog log;
  @Inject Accounts accounts;
  @Inject Organisations organisations;
  @Inject Clock clock;
  @Inject NewAccountRules rules;
  @Inject Passwords passwords;
  @Inject Caller caller;

  public List<AccountView> searchAccounts(String text, int first, int max) {
    return accounts.search(text, first, Math.min(max, 100)).stream().map(AccountView::of).toList();
  }

  /**
   * Creates a verified account with the given roles and organisations (by slug), for onboarding a
   * college's editors in one go: the administrator vouches for the address.
   */
  public long createAccount(
      RegistrationRequest request, Set<Role> roles, List<String> organisationSlugs) {
    rules.check(request);
    if (roles == null || roles.isEmpty()) {
      throw InvalidInput.of("roles", "admin.rolesRequired");
    }
    Set<Organisation> chosen = new HashSet<>();
    for (String slug : organisationSlugs == null ? List.<String>of() : organisationSlugs) {
      chosen.add(
          organisations
              .bySlug(slug)
              .orElseThrow(() -> InvalidInput.of("organisations", "admin.organisationUnknown")));
    }
    Account account =
        new Account(
            request.email(),
            request.profile(),
            passwords.hash(request.password()),
            clock.instant());
    account.verifyEmail(clock.instant());
    account.replaceRoles(EnumSet.copyOf(roles));
    account.replaceOrganisations(chosen);
    accounts.add(account);
    log.record(SecurityEvent.Kind.ACCOUNT_CREATED, account.getEmail(), access(account));
    return account.getId();
  }

  public long countAccounts(String text) {
    return accounts.countMatching(text);
  }

  public AccountView account(long id) {
    return AccountView.of(find(id));
  }

  /** Replaces an account's roles and organisations. An administrator cannot demote themself. */
  public void updateAccess(long accountId, Set<Role> roles, List<Long> organisationIds) {
    Account account = find(accountId);
    if (roles.isEmpty()) {
      // Pages and services are reached through roles: an account with none could not even sign in
      // usefully.
      throw InvalidInput.of("roles", "admin.rolesRequired");
    }
    if (isCaller(account) && !roles.contains(Role.ADMIN)) {
      throw InvalidInput.of("roles", "admin.cannotDemoteSelf");
    }
    List<Organisation> chosen = organisations.byIds(organisationIds);
    if (chosen.size() != new HashSet<>(organisationIds).size()) {
      throw InvalidInput.of("organisations", "admin.organisationUnknown");
    }
    account.replaceRoles(EnumSet.copyOf(roles));
    account.replaceOrganisations(new HashSet<>(chosen));
    log.record(SecurityEvent.Kind.ACCESS_CHANGED, account.getEmail(), access(account));
  }

  /** "roles: ADMIN, LEARNER; organisations: college-x", as the log keeps it. */
  private static String access(Account account) {
    return "roles: "
        + account.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))
        + "; organisations: "
        + account.getOrganisations().stream()
            .map(Organisation::getSlug)
            .sorted()
            .collect(Collectors.joining(", "));
  }

  public void disable(long accountId) {
    Account account = find(accountId);
    if (isCaller(account)) {
      throw InvalidInput.of("enabled", "admin.cannotDisableSelf");
    }
    account.disable();
    log.record(SecurityEvent.Kind.ACCOUNT_DISABLED, account.getEmail());
  }

  public void enable(long accountId) {
    Account account = find(accountId);
    account.enable();
    log.record(SecurityEvent.Kind.ACCOUNT_ENABLED, account.getEmail());
  }

  public List<AccountView.OrganisationView> organisations() {
    return organisations.all().stream().map(AccountView.OrganisationView::of).toList();
  }

  public long addOrganisation(String name, Organisation.Kind kind) {
    String trimmed = name == null ? "" : name.trim();
    if (trimmed.isEmpty() || trimmed.length() > 200 || Organisation.slugOf(trimmed).isEmpty()) {
      throw InvalidInput.of("organisationName", "organisation.nameInvalid");
    }
    if (kind == null) {
      throw InvalidInput.of("organisationKind", "organisation.kindRequired");
    }
    if (organisations.bySlug(Organisation.slugOf(trimmed)).isPresent()) {
      throw InvalidInput.of("organisationName", "organisation.exists");
    }
    Organisation organisation = new Organisation(trimmed, kind, clock.instant());
    organisations.add(organisation);
    return organisation.getId();
  }

  private Account find(long id) {
    return accounts.byId(id).orElseThrow(() -> InvalidInput.of("account", "admin.accountUnknown"));
  }

  private boolean isCaller(Account account) {
    return caller.email().filter(account.getEmail()::equals).isPresent();
  }
}
