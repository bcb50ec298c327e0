package org.parity.network.domain;

import org.parity.platform.OutOfTurn;

/** A network step out of turn; {@code key} names the message in Parity's bundle. */
public class NetworkException extends OutOfTurn {

  private static final long serialVersionUID = 1L;

  public NetworkException(String message, String key) {
    super(message, key);
  }
}
