package org.parity.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {

  @Test
  void removesControlCharactersAndCapsLength() {
    assertThat(QueryText.clean("tab\tnull\u0000bell\u0007  end")).isEqualTo("tab null bell end");
    assertThat(QueryText.clean("word ".repeat(2_000)).length())
        .isLessThanOrEqualTo(QueryText.LIMIT);
    assertThat(QueryText.clean("x".repeat(10_000))).hasSize(QueryText.LIMIT);
    assertThat(QueryText.clean(null)).isEmpty();
  }

  @Test
  void picksLongWordsForSlips() {
    assertThat(QueryText.fuzzyWords("medicaly unexplaned symptons of MUS"))
        .containsExactly("medicaly", "unexplaned", "symptons");
    assertThat(QueryText.slips("sympt")).isEqualTo(1);
    assertThat(QueryText.slips("symptons")).isEqualTo(1);
    assertThat(QueryText.slips("psycological")).isEqualTo(2);
    assertThat(QueryText.plain("\"a (b* ~c")).isEqualTo("a b c");
  }

  @Test
  void keepsTypedWordsWholeForSynonymsAndSplitsThemForSlips() {
    assertThat(QueryText.words("A&E  frequent \" - attenders frequent"))
        .containsExactly("A&E", "frequent", "attenders");
    assertThat(QueryText.words("* ( ~")).isEmpty();
    assertThat(QueryText.words("a b c d e f g h i j k l m n")).hasSize(12);
    assertThat(QueryText.parts("Gut-directed")).containsExactly("gut", "directed");
    assertThat(QueryText.parts("\"PHQ-9")).containsExactly("phq", "9");
    assertThat(QueryText.deservesSlip("helth")).isTrue();
    assertThat(QueryText.deservesSlip("copd")).isFalse();
  }
}
