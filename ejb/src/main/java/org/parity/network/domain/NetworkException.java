package org.parity.network.domain;

import jakarta.ejb.ApplicationException;

/** A network step out of turn; {@code key} names the message in Parity's bundle. */
@ApplicationException(rollback = true)
public class NetworkException extends RuntimeException {

  private final String key;

  public NetworkException(String message, String key) {
    super(message);
    this.key = key;
  }

  public String key() {
    return key;
  }
}
