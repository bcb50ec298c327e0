package org.parity.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.PasswordPolicy;
import org.parity.identity.domain.PasswordProblem;
import org.parity.identity.domain.Profile;
import org.parity.identity.infrastructure.Accounts;
import org.parity.platform.InvalidInput;

/**
 * What a signed-in person changes about their own account; always the caller's, never another's.
 */
@Stateless
@RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class AccountSettingsService {

  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject ProfileRules profileRules;
  @Resource SessionContext context;

  public AccountView myAccount() {
    return AccountView.of(caller());
  }

  public void updateMyProfile(Profile profile) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    profileRules.check(profile, errors);
    errors.throwIfAny();
    caller().updateProfile(profile);
  }

  public void changeMyPassword(String currentPassword, String newPassword) {
    Account account = caller();
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (!passwords.matches(currentPassword, account.getPasswordHash())) {
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
  }

  private Account caller() {
    String name = context.getCallerPrincipal().getName();
    return accounts
        .byEmail(name)
        .orElseThrow(() -> new jakarta.ejb.EJBAccessException("No account for the caller"));
  }
}
