package org.parity.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsALongPassphrase() {
    assertThat(PasswordPolicy.check("quartz meadow violin 58", "nurse@trust.nhs.uk")).isEmpty();
  }

  @Test
  void refusesFewerThanTwelveCharacters() {
    assertThat(PasswordPolicy.check("Sh0rt!pass", "a@b.org"))
        .containsExactly(PasswordProblem.TOO_SHORT);
  }

  @Test
  void countsCharactersNotBytes() {
    // Twelve Welsh letters with circumflexes: twelve characters, more than twelve UTF-16 units is
    // fine.
    assertThat(PasswordPolicy.check("ŵŷâêîôûŵŷâêî", "a@b.org"))
        .doesNotContain(PasswordProblem.TOO_SHORT);
  }

  @Test
  void refusesMoreThan128Characters() {
    assertThat(PasswordPolicy.check("ab1".repeat(43), "a@b.org"))
        .contains(PasswordProblem.TOO_LONG);
  }

  @Test
  void refusesARepeatedCharacter() {
    assertThat(PasswordPolicy.check("aaaaaaaaaaaaaaaa", "a@b.org"))
        .contains(PasswordProblem.REPETITIVE);
    assertThat(PasswordPolicy.check("abababababababab", "a@b.org"))
        .contains(PasswordProblem.REPETITIVE);
  }

  @Test
  void refusesThePartOfTheEmailBeforeTheAt() {
    assertThat(PasswordPolicy.check("Priya.Shah-2026-ok", "priya.shah@nhs.net"))
        .contains(PasswordProblem.CONTAINS_EMAIL);
  }

  @Test
  void refusesCommonPasswordsWhateverTheirCase() {
    assertThat(PasswordPolicy.check("Password1234", "a@b.org"))
        .contains(PasswordProblem.TOO_COMMON);
  }

  @Test
  void refusesWhatAnEstimatorWouldGuessEarly() {
    for (String guessable :
        new String[] {
          "correct horse battery staple", "qwertyuiop123", "Summer2026!!!", "nhspassword2026"
        }) {
      assertThat(PasswordPolicy.check(guessable, "a@b.org"))
          .as(guessable)
          .contains(PasswordProblem.TOO_COMMON);
    }
  }

  @Test
  void treatsNullAsEmpty() {
    assertThat(PasswordPolicy.check(null, null)).containsExactly(PasswordProblem.TOO_SHORT);
  }
}
