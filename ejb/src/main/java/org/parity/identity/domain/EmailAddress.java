package org.parity.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address as Parity keys accounts by it: trimmed and lower case. */
public final class EmailAddress {

  // Deliberately loose: one @, something either side, a dot in the domain. The mail proves the
  // rest.
  private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  public static final int MAX_LENGTH = 254;

  private EmailAddress() {}

  public static String normalise(String typed) {
    return typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
  }

  public static boolean isWellFormed(String typed) {
    String email = normalise(typed);
    return email.length() <= MAX_LENGTH && SHAPE.matcher(email).matches();
  }
}
