package org.parity.identity.domain;

import jakarta.ejb.ApplicationException;

/** The link is unknown, expired or already used; the page offers to send a new one. */
@ApplicationException(rollback = true)
public class TokenNotUsableException extends RuntimeException {
  public TokenNotUsableException() {
    super("This link has expired or has already been used.");
  }
}
