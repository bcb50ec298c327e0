package org.parity.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A step the rules do not allow from where things stand: publishing what is not in review, a quiz
 * attempt beyond the limit, replying in a locked thread. The one kind of "out of turn" refusal in
 * every context: pages say its message key (with its arguments) in the reader's language, the API
 * answers 409 with the English message, and the transaction rolls back. The other refusals are
 * {@link NotAllowedException} (who may not) and {@link InvalidInput} (what was typed).
 */
@ApplicationException(rollback = true, inherited = true)
public class OutOfTurn extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient List<Object> arguments;

  /**
   * @param message plain English, for the API and the log
   * @param key the message in Parity's bundle, or null while only English exists
   */
  public OutOfTurn(String message, String key, Object... arguments) {
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
