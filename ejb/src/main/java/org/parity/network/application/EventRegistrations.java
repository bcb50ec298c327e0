package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.network.domain.EventRegistration;
import org.parity.network.domain.NetworkEvent;
import org.parity.platform.NotAllowedException;

/**
 * Members register for a network's events and cancel: a place while one is free, else the waiting
 * list; a place given up goes to the next in line, who is told by mail.
 */
@Stateless
@PermitAll
public class EventRegistrations {

  @Inject EventAccess eventAccess;
  @Inject NetworkAccess access;
  @Inject EventMail mail;
  @Inject Clock clock;

  /**
   * Registers the caller, an active member of the network: a place while one is free, else the
   * waiting list. Answers REGISTERED or WAITING.
   */
  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public String register(String networkSlug, long eventId) {
    NetworkEvent event = eventAccess.lockedEvent(networkSlug, eventId);
    Account me = eventAccess.signedIn();
    if (!access.isActiveMember(event.getNetwork(), Optional.of(me))) {
      throw new NotAllowedException("Join the network to register for its events");
    }
    return event.register(me, clock.instant()).getStatus().name();
  }

  /** Cancels the caller's place or place in the queue; a freed place goes to the next in line. */
  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public void cancelRegistration(String networkSlug, long eventId, String pageBase) {
    NetworkEvent event = eventAccess.lockedEvent(networkSlug, eventId);
    Account me = eventAccess.signedIn();
    if (!access.mayRead(event.getNetwork(), Optional.of(me))
        && event.registrationOf(me).isEmpty()) {
      throw new NotAllowedException("No such event");
    }
    for (EventRegistration promoted : event.cancelRegistration(me, clock.instant())) {
      mail.promotion(event, promoted, pageBase);
    }
  }
}
