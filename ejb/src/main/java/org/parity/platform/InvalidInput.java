package org.parity.platform;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a service refused, with a message key for each field at fault (the page shows each beside
 * its field). Rolls the transaction back: refused input changes nothing.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

  private final Map<String, String> fieldErrors;

  public InvalidInput(Map<String, String> fieldErrors) {
    super("Invalid input: " + fieldErrors);
    this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  public static InvalidInput of(String field, String messageKey) {
    return new InvalidInput(Map.of(field, messageKey));
  }

  /** Field name to message key, in the order the fields appear on the form. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  /** Collects problems field by field, then throws once with all of them. */
  public static final class Collector {
    private final Map<String, String> errors = new LinkedHashMap<>();

    public Collector add(String field, String messageKey) {
      errors.putIfAbsent(field, messageKey);
      return this;
    }

    public void throwIfAny() {
      if (!errors.isEmpty()) {
        throw new InvalidInput(errors);
      }
    }
  }
}
