package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.parity.network.infrastructure.Networks;

/**
 * Moves a member's read marker in a thread, in a transaction of its own so that reading a page
 * never fails because of it.
 */
@Stateless
@PermitAll
public class ThreadReading {

  @Inject Networks networks;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void readUpTo(long threadId, long accountId, int number) {
    networks.readUpTo(threadId, accountId, number);
  }
}
