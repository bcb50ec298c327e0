package org.parity.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.search.application.Search.Pass;

class SearchTest {

  @Test
  void triesLooserWaysOnlyWhereTheyCanHelp() {
    assertThat(Search.passes("")).containsExactly(Pass.AS_WRITTEN);
    // Short words only: no slip is tried, but two words may match one of two.
    assertThat(Search.passes("SMI")).containsExactly(Pass.AS_WRITTEN);
    assertThat(Search.passes("A&E GP"))
        .containsExactly(Pass.AS_WRITTEN, Pass.MOST_WORDS_WITH_SLIPS);
    assertThat(Search.passes("helth")).containsExactly(Pass.AS_WRITTEN, Pass.EVERY_WORD_WITH_SLIPS);
    assertThat(Search.passes("perinatel mental helth"))
        .containsExactly(Pass.AS_WRITTEN, Pass.EVERY_WORD_WITH_SLIPS, Pass.MOST_WORDS_WITH_SLIPS);
  }

  @Test
  void splitsTheOneCountedFieldIntoFacetsInPageOrderMostFoundFirst() {
    Map<String, Long> counted = new LinkedHashMap<>();
    counted.put("year:2024", 3L);
    counted.put("setting:COMMUNITY", 1L);
    counted.put("setting:PRIMARY_CARE", 2L);
    counted.put("challenge:DIVIDED_SYSTEMS", 3L);
    counted.put("region:LONDON", 0L);
    counted.put("year:2025", 3L);

    assertThat(Search.facetCounts(counted))
        .containsExactly(
            new FacetCount("challenge", "DIVIDED_SYSTEMS", 3),
            new FacetCount("setting", "PRIMARY_CARE", 2),
            new FacetCount("setting", "COMMUNITY", 1),
            new FacetCount("year", "2024", 3),
            new FacetCount("year", "2025", 3));
    assertThat(Search.facetCounts(Map.of())).isEqualTo(List.of());
  }
}
