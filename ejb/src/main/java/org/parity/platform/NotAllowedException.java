package org.parity.platform;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;

/**
 * A rule of who may do what refused the caller. An application exception, so it reaches the page or
 * the API as it is (403 or 401), also when a helper session bean threw it; the transaction rolls
 * back.
 */
@ApplicationException(rollback = true)
public class NotAllowedException extends EJBAccessException {
  public NotAllowedException(String message) {
    super(message);
  }
}
