package org.parity.learning.domain;

import jakarta.ejb.ApplicationException;

/** A learning step out of turn: a quiz attempt beyond the limit, an answer after submission. */
@ApplicationException(rollback = true)
public class LearningException extends RuntimeException {

  public LearningException(String message) {
    super(message);
  }
}
