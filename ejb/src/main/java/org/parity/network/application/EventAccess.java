package org.parity.network.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parity.identity.application.Caller;
import org.parity.identity.domain.Account;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkEvent;
import org.parity.network.infrastructure.NetworkEventStore;
import org.parity.platform.NotAllowedException;

/**
 * How the events' services find an event and its reader: anyone reads an open network's events, a
 * closed network's are for its members (and administrators).
 *
 * <p>Steps that change registrations lock the event before they read anything else, so two people
 * asking for the last place at once queue up and the second joins the waiting list.
 */
@Dependent
public class EventAccess {

  @Inject Caller caller;
  @Inject NetworkAccess access;
  @Inject NetworkEventStore events;

  /**
   * The event, locked for this transaction; found by id before anything else is read (see the class
   * comment), then checked to belong to the network in the address. Each step then checks who may
   * take it: a member of the network, someone registered, or one of its facilitators.
   */
  public NetworkEvent lockedEvent(String networkSlug, long eventId) {
    NetworkEvent event =
        events.eventForUpdate(eventId).orElseThrow(() -> new NotAllowedException("No such event"));
    if (!event.getNetwork().getSlug().equals(networkSlug)) {
      throw new NotAllowedException("No such event");
    }
    return event;
  }

  /** The network's event, for whoever may read the network. */
  public NetworkEvent readableEvent(String networkSlug, long eventId) {
    LearningNetwork network = readable(networkSlug);
    return events
        .event(eventId)
        .filter(e -> e.getNetwork().getId().equals(network.getId()))
        .orElseThrow(() -> new NotAllowedException("No such event"));
  }

  public LearningNetwork readable(String slug) {
    LearningNetwork network = access.network(slug);
    if (!access.mayRead(network, caller())) {
      throw new NotAllowedException("This network's events are for its members");
    }
    return network;
  }

  public Optional<Account> caller() {
    return caller.current();
  }

  public Account signedIn() {
    return caller.required();
  }
}
