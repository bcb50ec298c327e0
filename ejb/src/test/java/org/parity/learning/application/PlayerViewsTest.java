package org.parity.learning.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlayerViewsTest {

  @Test
  void dropsAnOpeningHeadingThatRepeatsTheUnitTitle() {
    assertThat(PlayerViews.withoutTitle("# Why mood matters\n\nIt does.", "Why mood matters"))
        .isEqualTo("\nIt does.");
    assertThat(PlayerViews.withoutTitle("## why MOOD matters", "Why mood matters")).isEmpty();
  }

  @Test
  void keepsEveryOtherOpening() {
    String body = "# Something else\n\nText.";
    assertThat(PlayerViews.withoutTitle(body, "Why mood matters")).isEqualTo(body);
    assertThat(PlayerViews.withoutTitle("Why mood matters\n\nText.", "Why mood matters"))
        .isEqualTo("Why mood matters\n\nText.");
    assertThat(PlayerViews.withoutTitle(null, "Title")).isNull();
  }
}
