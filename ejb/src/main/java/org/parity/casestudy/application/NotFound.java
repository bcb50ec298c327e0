package org.parity.casestudy.application;

import jakarta.ejb.ApplicationException;

/** No case study (or attachment) by that id or address, or none the caller may see. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFound() {
    super("No such case study");
  }
}
