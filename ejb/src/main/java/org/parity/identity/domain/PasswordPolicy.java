package org.parity.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parity's password rules, after the NCSC's advice: length beats forced complexity, and the
 * passwords that attackers try first are refused outright.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  // The commonest choices of at least twelve characters in public breach lists, lower case.
  private static final Set<String> COMMON =
      Set.of(
          "password1234",
          "password12345",
          "password123456",
          "123456789012",
          "1234567890123",
          "qwertyuiop12",
          "qwerty123456",
          "iloveyou1234",
          "letmein12345",
          "welcome12345",
          "passwordpassword",
          "changeme1234",
          "administrator",
          "abcdefghijkl",
          "abc123456789",
          "1q2w3e4r5t6y",
          "qwertyuiopasdfgh",
          "nhspassword1",
          "nhspassword123");

  private PasswordPolicy() {}

  public static List<PasswordProblem> check(String password, String email) {
    List<PasswordProblem> problems = new ArrayList<>();
    String candidate = password == null ? "" : password;
    int length = candidate.codePointCount(0, candidate.length());
    if (length < MIN_LENGTH) {
      problems.add(PasswordProblem.TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      problems.add(PasswordProblem.TOO_LONG);
    }
    if (!candidate.isEmpty() && candidate.codePoints().distinct().count() <= 2) {
      problems.add(PasswordProblem.REPETITIVE);
    }
    String lower = candidate.toLowerCase(Locale.ROOT);
    String localPart = EmailAddress.normalise(email).split("@", 2)[0];
    if (localPart.length() >= 4 && lower.contains(localPart)) {
      problems.add(PasswordProblem.CONTAINS_EMAIL);
    }
    if (COMMON.contains(lower)) {
      problems.add(PasswordProblem.TOO_COMMON);
    }
    return problems;
  }
}
