package org.parity.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;

/**
 * Parity's password rules, after the NCSC's advice: length beats forced complexity, and what an
 * attacker would guess early (breached passwords, words, patterns) is refused, by an estimate of
 * how many guesses the password would take (nbvcxz).
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  /**
   * About 10^10.5 guesses: out of reach of an offline attack on a slow hash, with room to spare.
   */
  public static final double MINIMUM_ENTROPY = 35;

  /**
   * A strength estimator with real dictionaries (passwords from breaches, names, English words,
   * keyboard patterns, dates, l33t), plus the words anyone would try against Parity. Built once:
   * loading the dictionaries takes a moment.
   */
  private static final Nbvcxz ESTIMATOR =
      new Nbvcxz(
          new ConfigurationBuilder()
              .setDictionaries(dictionaries())
              .setMinimumEntropy(MINIMUM_ENTROPY)
              .createConfiguration());

  private static java.util.List<Dictionary> dictionaries() {
    java.util.List<Dictionary> all = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
    all.add(
        new DictionaryBuilder()
            .setDictionaryName("parity")
            .setExclusion(true)
            .addWords(
                java.util.List.of(
                    "parity",
                    "nhs",
                    "nurse",
                    "doctor",
                    "college",
                    "royal",
                    "health",
                    "care",
                    "patient",
                    "hospital",
                    "clinic",
                    "welcome",
                    "letmein"),
                0)
            .createDictionary());
    return all;
  }

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
    if (length >= MIN_LENGTH
        && length <= MAX_LENGTH
        && !ESTIMATOR.estimate(candidate).isMinimumEntropyMet()) {
      problems.add(PasswordProblem.TOO_COMMON);
    }
    return problems;
  }
}
