package org.parity.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.EmailAddress;
import org.parity.identity.domain.SecurityEvent;
import org.parity.identity.infrastructure.Accounts;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;

/**
 * Closing an account. A person asks, typing their address to confirm, and says whether their posts
 * should go too; a week later (the cooling-off week, in which they may cancel) the account is
 * erased ({@link ClosingAccounts}). An administrator acting on a request received elsewhere erases
 * at once, with a reason kept in the security log.
 */
@Stateless
@RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class AccountClosure {

  public static final Duration COOLING_OFF = Duration.ofDays(7);

  /** A closure asked for: when it happens and whether the posts go. */
  public record Pending(Instant closesAt, boolean removesPosts) {}

  @Inject Caller caller;
  @Inject Accounts accounts;
  @Inject AccountErasure erasure;
  @Inject IdentityMail mail;
  @Inject SecurityLog log;
  @Inject Clock clock;

  public Optional<Pending> mine() {
    Account me = caller.required();
    return Optional.ofNullable(me.getClosureDueAt())
        .map(due -> new Pending(due, me.isClosureRemovesPosts()));
  }

  /** Asks to close the caller's account a week from now; {@code confirmation} is their address. */
  public Pending requestMine(boolean removePosts, String confirmation, String pageBase) {
    Account me = caller.required();
    if (confirmation == null
        || !EmailAddress.normalise(confirmation.strip()).equals(me.getEmail())) {
      throw InvalidInput.of("confirmation", "closure.confirmationMismatch");
    }
    erasure.refuseLastAdministrator(me);
    Instant due = clock.instant().plus(COOLING_OFF);
    me.requestClosure(due, removePosts);
    log.record(
        SecurityEvent.Kind.CLOSURE_REQUESTED,
        me.getEmail(),
        "closes " + due + (removePosts ? "; posts to be removed" : "; posts kept"));
    mail.closureRequested(me, due, pageBase);
    return new Pending(due, removePosts);
  }

  public void cancelMine() {
    Account me = caller.required();
    if (me.getClosureDueAt() == null) {
      return;
    }
    me.cancelClosure();
    log.record(SecurityEvent.Kind.CLOSURE_CANCELLED, me.getEmail());
    mail.closureCancelled(me);
  }

  /** An erasure asked for elsewhere (by letter, by phone): at once, with the reason logged. */
  @RolesAllowed("ADMIN")
  public void eraseFor(long accountId, String reason, boolean removePosts) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 400) {
      throw InvalidInput.of("reason", "closure.reasonRequired");
    }
    Account person =
        accounts.byId(accountId).orElseThrow(() -> new NotAllowedException("No such account"));
    if (person.getEmail().equals(caller.required().getEmail())) {
      throw InvalidInput.of("reason", "closure.notYourself");
    }
    // The log keeps the reason, never the address it may quote.
    String logged = why.replace(person.getEmail(), "[their address]");
    erasure.erase(person, removePosts, "by an administrator: " + logged);
  }
}
