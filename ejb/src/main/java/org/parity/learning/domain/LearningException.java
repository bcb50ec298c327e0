package org.parity.learning.domain;

import org.parity.platform.OutOfTurn;

/**
 * A learning step out of turn: a quiz attempt beyond the limit, an answer after submission. Those a
 * learner can meet in the pages carry a message key (and its arguments).
 */
public class LearningException extends OutOfTurn {

  private static final long serialVersionUID = 1L;

  public LearningException(String message) {
    super(message, null);
  }

  public LearningException(String message, String key, Object... arguments) {
    super(message, key, arguments);
  }
}
