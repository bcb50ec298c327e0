package org.parity.curriculum.domain;

import org.parity.platform.OutOfTurn;

/** A step the review workflow does not allow from where the version is. */
public class WorkflowException extends OutOfTurn {

  private static final long serialVersionUID = 1L;

  public WorkflowException(String message) {
    super(message, null);
  }

  public WorkflowException(String message, String key, Object... arguments) {
    super(message, key, arguments);
  }
}
