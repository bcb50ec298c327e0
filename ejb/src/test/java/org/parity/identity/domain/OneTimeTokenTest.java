package org.parity.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OneTimeTokenTest {

  private static final Instant ISSUED = Instant.parse("2026-11-25T09:00:00Z");
  private final Account account =
      new Account(
          "nurse@example.org",
          new Profile("Sam", "ADULT_NURSE", null, null, null, null),
          "h",
          ISSUED);

  @Test
  void storesOnlyTheHashOfTheSecret() {
    OneTimeToken.Issued issued =
        OneTimeToken.issue(account, OneTimeToken.Purpose.VERIFY_EMAIL, ISSUED);
    assertThat(issued.secret()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(OneTimeToken.hash(issued.secret())).hasSize(64).isNotEqualTo(issued.secret());
  }

  @Test
  void twoTokensNeverShareASecret() {
    assertThat(OneTimeToken.issue(account, OneTimeToken.Purpose.VERIFY_EMAIL, ISSUED).secret())
        .isNotEqualTo(
            OneTimeToken.issue(account, OneTimeToken.Purpose.VERIFY_EMAIL, ISSUED).secret());
  }

  @Test
  void aResetLinkWorksForAnHourAndNoLonger() {
    OneTimeToken token =
        OneTimeToken.issue(account, OneTimeToken.Purpose.RESET_PASSWORD, ISSUED).token();
    Instant justBefore = ISSUED.plus(Duration.ofMinutes(59));
    Instant atExpiry = ISSUED.plus(Duration.ofHours(1));
    assertThat(token.isUsableAt(justBefore, OneTimeToken.Purpose.RESET_PASSWORD)).isTrue();
    assertThat(token.isUsableAt(atExpiry, OneTimeToken.Purpose.RESET_PASSWORD)).isFalse();
    assertThatThrownBy(() -> token.redeem(atExpiry, OneTimeToken.Purpose.RESET_PASSWORD))
        .isInstanceOf(TokenNotUsableException.class);
  }

  @Test
  void aVerificationLinkLastsTwoDays() {
    OneTimeToken token =
        OneTimeToken.issue(account, OneTimeToken.Purpose.VERIFY_EMAIL, ISSUED).token();
    assertThat(
            token.isUsableAt(ISSUED.plus(Duration.ofHours(47)), OneTimeToken.Purpose.VERIFY_EMAIL))
        .isTrue();
    assertThat(
            token.isUsableAt(ISSUED.plus(Duration.ofHours(48)), OneTimeToken.Purpose.VERIFY_EMAIL))
        .isFalse();
  }

  @Test
  void worksOnlyOnce() {
    OneTimeToken token =
        OneTimeToken.issue(account, OneTimeToken.Purpose.VERIFY_EMAIL, ISSUED).token();
    assertThat(token.redeem(ISSUED, OneTimeToken.Purpose.VERIFY_EMAIL)).isSameAs(account);
    assertThatThrownBy(() -> token.redeem(ISSUED, OneTimeToken.Purpose.VERIFY_EMAIL))
        .isInstanceOf(TokenNotUsableException.class);
  }

  @Test
  void aVerificationLinkCannotResetAPassword() {
    OneTimeToken token =
        OneTimeToken.issue(account, OneTimeToken.Purpose.VERIFY_EMAIL, ISSUED).token();
    assertThatThrownBy(() -> token.redeem(ISSUED, OneTimeToken.Purpose.RESET_PASSWORD))
        .isInstanceOf(TokenNotUsableException.class);
  }
}
