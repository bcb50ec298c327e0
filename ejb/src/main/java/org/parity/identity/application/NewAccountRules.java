package org.parity.identity.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.parity.identity.domain.EmailAddress;
import org.parity.identity.domain.PasswordPolicy;
import org.parity.identity.domain.PasswordProblem;
import org.parity.identity.infrastructure.Accounts;
import org.parity.platform.InvalidInput;

/** What a new account must satisfy, whoever creates it: the person registering, or an admin. */
@Dependent
public class NewAccountRules {

  @Inject Accounts accounts;
  @Inject ProfileRules profileRules;

  /** Every problem of the request, field by field, or nothing; an address in use is one. */
  public void check(RegistrationRequest request) {
    check(request, true);
  }

  /**
   * Every problem of the request but, when {@code refuseTaken} is false, an address in use: a
   * stranger registering must not learn from the answer whether an address has an account.
   */
  public void check(RegistrationRequest request, boolean refuseTaken) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (!EmailAddress.isWellFormed(request.email())) {
      errors.add("email", "email.invalid");
    } else if (refuseTaken && accounts.byEmail(request.email()).isPresent()) {
      errors.add("email", "email.taken");
    }
    profileRules.check(request.profile(), errors);
    PasswordPolicy.check(request.password(), request.email()).stream()
        .findFirst()
        .map(PasswordProblem::messageKey)
        .ifPresent(key -> errors.add("password", key));
    errors.throwIfAny();
  }
}
