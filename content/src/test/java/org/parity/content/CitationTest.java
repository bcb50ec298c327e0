package org.parity.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parity.content.Definitions.ReferenceDefinition;

/** What makes a cited source valid, and how an editor's one "where to find it" field is read. */
class CitationTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  private static ReferenceDefinition source(
      String title, Integer year, String url, String doi, LocalDate accessed) {
    return new ReferenceDefinition(title, "NICE", year, url, doi, accessed);
  }

  @Test
  void aTitleAndAPlaceToFindItAreEnough() {
    assertThat(
            Citation.problems(
                source("NG222", null, "https://nice.org.uk/ng222", null, null), TODAY))
        .isEmpty();
    assertThat(Citation.problems(source("A trial", 2020, null, "10.1136/bmj.k1234", TODAY), TODAY))
        .isEmpty();
  }

  @Test
  void eachFieldIsCheckedOnItsOwn() {
    assertThat(Citation.problems(source(" ", 1799, null, null, TODAY.plusDays(1)), TODAY))
        .containsEntry("refTitle", "sources.titleRequired")
        .containsEntry("refYear", "sources.yearInvalid")
        .containsEntry("refLink", "sources.linkRequired")
        .containsEntry("refAccessed", "sources.accessedInFuture");
    assertThat(Citation.problems(source("x", 2028, "http://plain.example", null, null), TODAY))
        .containsEntry("refYear", "sources.yearInvalid")
        .containsEntry("refLink", "sources.linkInvalid");
    assertThat(Citation.problems(source("x", 2027, null, "doi.org/10.1", null), TODAY))
        .doesNotContainKey("refYear")
        .containsEntry("refLink", "sources.linkInvalid");
    assertThat(Citation.problems(source("x".repeat(301), null, "https://a.b", null, null), TODAY))
        .containsOnlyKeys("refTitle");
  }

  @Test
  void anEditorsLinkIsADoiWhenItLooksLikeOne() {
    assertThat(Citation.typed(" T ", " ", null, "https://doi.org/10.1136/bmj.k1234", null))
        .satisfies(
            r -> {
              assertThat(r.title()).isEqualTo("T");
              assertThat(r.publisher()).isNull();
              assertThat(r.doi()).isEqualTo("10.1136/bmj.k1234");
              assertThat(r.url()).isNull();
            });
    assertThat(Citation.typed("T", null, null, "doi:10.1000/xyz", null).doi())
        .isEqualTo("10.1000/xyz");
    assertThat(Citation.typed("T", null, null, "10.1000/xyz", null).doi()).isEqualTo("10.1000/xyz");
    assertThat(Citation.typed("T", null, null, " https://nice.org.uk ", null).url())
        .isEqualTo("https://nice.org.uk");
    assertThat(Citation.link(null, "10.1000/xyz")).isEqualTo("https://doi.org/10.1000/xyz");
    assertThat(Citation.link("https://a.b", "10.1000/xyz")).isEqualTo("https://a.b");
  }
}
