package org.parity.network.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostExcerptTest {

  @Test
  void keepsTheTextWithoutMarkupOnOneLine() {
    assertThat(PostExcerpt.of("We ask **two questions**.\n\n- PHQ-2\n- GAD-2", 200))
        .startsWith("We ask two questions. ")
        .contains("PHQ-2")
        .contains("GAD-2")
        .doesNotContain("**")
        .doesNotContain("\n");
  }

  @Test
  void cutsLongPostsAtAWord() {
    String excerpt = PostExcerpt.of("word ".repeat(100), 30);
    assertThat(excerpt).endsWith("…").hasSizeLessThanOrEqualTo(31);
    assertThat(excerpt).doesNotContain("wor…");
  }
}
