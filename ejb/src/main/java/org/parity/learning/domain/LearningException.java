package org.parity.learning.domain;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A learning step out of turn: a quiz attempt beyond the limit, an answer after submission. Those a
 * learner can meet in the pages carry a message key (and its arguments) so pages say them in the
 * reader's language; the English message is for the API and the log.
 */
@ApplicationException(rollback = true)
public class LearningException extends RuntimeException {

  private final String key;
  private final transient List<Object> arguments;

  public LearningException(String message) {
    this(message, null);
  }

  public LearningException(String message, String key, Object... arguments) {
    super(message);
    this.key = key;
    this.arguments = List.of(arguments);
  }

  /** The message key in Parity's bundle, or null when only the English message exists. */
  public String key() {
    return key;
  }

  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.toArray();
  }
}
