package org.parity.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

  @Test
  void keysAccountsByTrimmedLowerCase() {
    assertThat(EmailAddress.normalise("  Dr.Jones@Practice.NHS.uk "))
        .isEqualTo("dr.jones@practice.nhs.uk");
  }

  @Test
  void acceptsOrdinaryAddressesAndRefusesOthers() {
    assertThat(EmailAddress.isWellFormed("a.nurse@trust.nhs.uk")).isTrue();
    assertThat(EmailAddress.isWellFormed("no-at-sign.example.org")).isFalse();
    assertThat(EmailAddress.isWellFormed("two@@example.org")).isFalse();
    assertThat(EmailAddress.isWellFormed("nodot@localhost")).isFalse();
    assertThat(EmailAddress.isWellFormed("x".repeat(250) + "@a.org")).isFalse();
  }
}
