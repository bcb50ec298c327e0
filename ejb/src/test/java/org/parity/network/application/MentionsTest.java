package org.parity.network.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

  @Test
  void aMentionIsTheNameWithoutSpacesInAnyCase() {
    assertThat(Mentions.handle("Ana  Patel")).isEqualTo("anapatel");
    assertThat(Mentions.named("Thanks @AnaPatel, and @ben-o'neill."))
        .containsExactly("anapatel", "ben-o'neill");
    assertThat(Mentions.named("@Siân: what do you think?")).containsExactly("siân");
  }

  @Test
  void emailAddressesAndQuotedLinesMentionNoOne() {
    assertThat(Mentions.named("Write to gp@example.org")).isEmpty();
    assertThat(Mentions.named("> **Ana** (#2):\n> ask @BenJones\n\nI agree.")).isEmpty();
    assertThat(Mentions.named(null)).isEmpty();
    assertThat(Mentions.named("@ alone, and @@double")).isEmpty();
  }
}
