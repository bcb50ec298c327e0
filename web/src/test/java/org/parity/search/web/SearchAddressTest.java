package org.parity.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchAddressTest {

  private final SearchAddress address =
      new SearchAddress(
          "/case-studies",
          "severe & mental",
          Map.of("setting", List.of("PRIMARY_CARE")),
          "date",
          3);

  @Test
  void keepsTheWholeSearchInTheAddress() {
    assertThat(address.href())
        .isEqualTo("/case-studies?q=severe+%26+mental&setting=PRIMARY_CARE&sort=date&page=3");
  }

  @Test
  void facetsToggleAndEveryChangeGoesBackToPageOne() {
    assertThat(address.toggle("year", "2025").href())
        .isEqualTo("/case-studies?q=severe+%26+mental&setting=PRIMARY_CARE&year=2025&sort=date");
    assertThat(address.toggle("setting", "PRIMARY_CARE").href())
        .isEqualTo("/case-studies?q=severe+%26+mental&sort=date");
    assertThat(address.sortedBy("relevance").href())
        .isEqualTo("/case-studies?q=severe+%26+mental&setting=PRIMARY_CARE");
    assertThat(address.keptFields())
        .containsExactly(
            new SearchAddress.Field("setting", "PRIMARY_CARE"),
            new SearchAddress.Field("sort", "date"));
  }

  @Test
  void pageNumbersFromAnAddressAreSensibleOrOne() {
    assertThat(SearchPageNumbers.of("2")).isEqualTo(2);
    assertThat(SearchPageNumbers.of("-3")).isEqualTo(1);
    assertThat(SearchPageNumbers.of("9".repeat(50))).isEqualTo(1);
    assertThat(SearchPageNumbers.of(null)).isEqualTo(1);
  }
}
