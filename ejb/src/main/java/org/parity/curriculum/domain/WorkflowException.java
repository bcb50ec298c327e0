package org.parity.curriculum.domain;

import jakarta.ejb.ApplicationException;

/** A step the review workflow does not allow from where the version is. */
@ApplicationException(rollback = true)
public class WorkflowException extends RuntimeException {
  public WorkflowException(String message) {
    super(message);
  }
}
