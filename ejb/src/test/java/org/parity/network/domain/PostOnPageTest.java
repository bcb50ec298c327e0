package org.parity.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A page's post follows the same edit rules as the post itself. */
class PostOnPageTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static final long ANA = 7;
  private static final long BEN = 8;

  private static PostOnPage post(boolean hidden) {
    return new PostOnPage(
        1, 3, ANA, "Ana", "GP", "<p>Hi</p>", "Hi", NOW, null, hidden, 0, false, null, null);
  }

  @Test
  void theAuthorMayEditForThirtyMinutesAndNoOneElseEver() {
    assertThat(post(false).editableBy(ANA, NOW.plusSeconds(30 * 60))).isTrue();
    assertThat(post(false).editableBy(ANA, NOW.plusSeconds(30 * 60 + 1))).isFalse();
    assertThat(post(false).editableBy(BEN, NOW)).isFalse();
    assertThat(post(false).isBy(ANA)).isTrue();
    assertThat(post(false).isBy(BEN)).isFalse();
  }

  @Test
  void aHiddenPostIsNotEditable() {
    assertThat(post(true).editableBy(ANA, NOW)).isFalse();
  }

  @Test
  void aWithdrawnPostIsNotEditable() {
    PostOnPage withdrawn =
        new PostOnPage(
            1, 3, ANA, "Former member", "", "", "", NOW, null, false, 0, true, null, null);
    assertThat(withdrawn.editableBy(ANA, NOW)).isFalse();
  }
}
