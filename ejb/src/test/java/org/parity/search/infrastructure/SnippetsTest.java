package org.parity.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void marksStemsSynonymsAndSlipsAndEscapesTheRest() {
    String text =
        "Few were screened <b>bold</b> & <script>x</script>; people with severe mental illness"
            + " and medically unexplained symptoms.";
    assertThat(Snippets.of(text, Snippets.wanted("screening", List.of()), 300))
        .contains("<mark>screened</mark>")
        .contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;")
        .doesNotContain("<b>");
    assertThat(Snippets.of(text, Snippets.wanted("SMI", List.of()), 300))
        .contains("<mark>severe</mark> <mark>mental</mark> <mark>illness</mark>");
    assertThat(
            Snippets.of(
                text,
                Snippets.wanted(
                    "unexplaned symptons",
                    List.of(new Snippets.Slip("unexplaned", 2), new Snippets.Slip("symptons", 2))),
                300))
        .contains("<mark>unexplained</mark> <mark>symptoms</mark>");
    // Slips are measured against the words as written, as the search measures them.
    assertThat(
            Snippets.of(
                text, Snippets.wanted("medicaly", List.of(new Snippets.Slip("Medicaly", 1))), 300))
        .contains("<mark>medically</mark>");
  }

  @Test
  void startsNearTheFirstMatchAndStaysShort() {
    String text = "word ".repeat(200) + "diabetes review " + "word ".repeat(200);
    String snippet = Snippets.of(text, Snippets.wanted("diabetes", List.of()), 120);
    assertThat(snippet).startsWith("… ").endsWith(" …").contains("<mark>diabetes</mark>");
    assertThat(snippet.length()).isLessThan(150);
  }

  @Test
  void marksOnlyWithinTheExtractAndOpensTheTextWhenNothingMatches() {
    String text = "diabetes " + "word ".repeat(100) + "diabetes";
    String snippet = Snippets.of(text, Snippets.wanted("diabetes", List.of()), 120);
    assertThat(snippet).startsWith("<mark>diabetes</mark> word").endsWith(" …");
    assertThat(snippet.split("<mark>", -1)).hasSize(2);
    assertThat(
            Snippets.of("nothing here " + "word ".repeat(100), Snippets.wanted("x", List.of()), 60))
        .startsWith("nothing here word")
        .endsWith(" …")
        .doesNotContain("<mark>");
  }

  @Test
  void distance() {
    assertThat(Snippets.distance("symptom", "sympton")).isEqualTo(1);
    assertThat(Snippets.distance("unexplain", "unexplan")).isEqualTo(1);
  }
}
