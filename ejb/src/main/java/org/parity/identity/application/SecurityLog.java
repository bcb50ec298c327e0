package org.parity.identity.application;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import org.parity.identity.domain.SecurityEvent;
import org.parity.identity.infrastructure.SecurityEvents;
import org.parity.platform.ClientAddress;

/**
 * Writes the security audit log, in the caller's transaction: an event is kept exactly when what it
 * records happened. The actor is whoever is signed in (none for a visitor signing in or resetting);
 * the subject the account concerned, or the address typed.
 */
@Dependent
public class SecurityLog {

  @Inject SecurityEvents events;
  @Inject Caller caller;
  @Inject ClientAddress client;
  @Inject Clock clock;

  public void record(SecurityEvent.Kind kind, String subject) {
    record(kind, subject, null);
  }

  public void record(SecurityEvent.Kind kind, String subject, String detail) {
    events.add(
        new SecurityEvent(
            clock.instant(), kind, caller.email().orElse(null), subject, address(), detail));
  }

  private String address() {
    try {
      return client.get();
    } catch (ContextNotActiveException e) {
      return null;
    }
  }
}
