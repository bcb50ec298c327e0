package org.parity.identity.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Role;
import org.parity.identity.domain.SecurityEvent;
import org.parity.identity.infrastructure.Accounts;
import org.parity.identity.infrastructure.PersonalDataErasure;
import org.parity.platform.OutOfTurn;

/**
 * The one way an account is erased, whoever asked: the person (after their cooling-off week) or an
 * administrator (for a request received elsewhere). In the caller's transaction; the security log
 * keeps that it happened, under the former member's address, with the administrator's reason.
 */
@Dependent
public class AccountErasure {

  @Inject PersonalDataErasure erasure;
  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject SecurityLog log;
  @Inject Event<AccountErased> erased;
  @Inject Clock clock;

  void erase(Account person, boolean removePosts, String reason) {
    if (person.isErased()) {
      return;
    }
    refuseLastAdministrator(person);
    long id = person.getId();
    erasure.erase(person, removePosts, passwords.hashOfUnknownPassword(), clock.instant());
    log.record(
        SecurityEvent.Kind.ACCOUNT_ERASED,
        PersonalDataErasure.formerAddress(id),
        (reason == null ? "" : reason + "; ") + (removePosts ? "posts removed" : "posts kept"));
    erased.fire(new AccountErased(id, removePosts));
  }

  /** Someone must be left to administer Parity. */
  void refuseLastAdministrator(Account person) {
    if (person.hasRole(Role.ADMIN) && accounts.countWithRole(Role.ADMIN) <= 1) {
      throw new OutOfTurn("The last administrator cannot leave.", "closure.lastAdministrator");
    }
  }
}
