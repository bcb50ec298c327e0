package org.parity.casestudy.domain;

import jakarta.ejb.ApplicationException;

/**
 * A workflow step taken at the wrong moment (publishing a draft, editing a submission). Carries a
 * bundle key for pages and plain English for the API.
 */
@ApplicationException(rollback = true)
public class OutOfTurn extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public OutOfTurn(String messageKey, String message) {
    super(message);
    this.messageKey = messageKey;
  }

  public String getMessageKey() {
    return messageKey;
  }
}
