package org.parity.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.parity.network.domain.LibraryResource.Details;
import org.parity.network.domain.LibraryResource.Kind;
import org.parity.network.domain.LibraryResource.Status;
import org.parity.platform.InvalidInput;

class LibraryResourceTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final Predicate<String> KNOWN = Set.of("CARERS", "PERINATAL")::contains;
  private static final LearningNetwork NETWORK = TestNetwork.open(NOW);

  private static Details details(String url) {
    return new Details(
        "  Carers' wellbeing  ",
        "A. Author",
        "A publisher",
        2016,
        " What carers need. ",
        Kind.REPORT,
        List.of("CARERS"),
        url);
  }

  private static java.util.Map<String, String> refused(Runnable step) {
    try {
      step.run();
    } catch (InvalidInput e) {
      return e.fieldErrors();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aFacilitatorsLinkIsInTheLibraryAtOnce() {
    LibraryResource r =
        LibraryResource.added(
            NETWORK, details("https://example.org/r"), false, 2026, KNOWN, "F@Example.org", NOW);
    assertThat(r.getStatus()).isEqualTo(Status.ACCEPTED);
    assertThat(r.isAccepted()).isTrue();
    assertThat(r.getTitle()).isEqualTo("Carers' wellbeing");
    assertThat(r.getSummary()).isEqualTo("What carers need.");
    assertThat(r.getAddedBy()).isEqualTo("f@example.org");
    assertThat(r.getDecidedAt()).isEqualTo(NOW);
    assertThat(r.isFile()).isFalse();
  }

  @Test
  void aMembersSuggestionWaitsAndIsAnsweredOnce() {
    LibraryResource r =
        LibraryResource.suggested(
            NETWORK, details("http://example.org/r"), 2026, KNOWN, "m@example.org", NOW);
    assertThat(r.getStatus()).isEqualTo(Status.SUGGESTED);
    assertThat(r.getDecidedAt()).isNull();
    r.accept("f@example.org", NOW);
    assertThat(r.isAccepted()).isTrue();
    assertThat(r.getDecidedBy()).isEqualTo("f@example.org");
    assertThatThrownBy(() -> r.decline("f@example.org", NOW)).isInstanceOf(NetworkException.class);

    LibraryResource other =
        LibraryResource.suggested(
            NETWORK, details("http://example.org/r"), 2026, KNOWN, "m@example.org", NOW);
    other.decline("f@example.org", NOW);
    assertThat(other.getStatus()).isEqualTo(Status.DECLINED);
    assertThatThrownBy(() -> other.accept("f@example.org", NOW))
        .isInstanceOf(NetworkException.class);
  }

  @Test
  void aLinkOrAFileNotBothNorNeither() {
    assertThat(
            refused(
                () ->
                    LibraryResource.added(
                        NETWORK, details(null), false, 2026, KNOWN, "f@example.org", NOW)))
        .containsEntry("url", "library.error.urlOrFile");
    assertThat(
            refused(
                () ->
                    LibraryResource.added(
                        NETWORK,
                        details("https://x.org"),
                        true,
                        2026,
                        KNOWN,
                        "f@example.org",
                        NOW)))
        .containsEntry("url", "library.error.urlAndFile");
    LibraryResource file =
        LibraryResource.added(NETWORK, details(" "), true, 2026, KNOWN, "f@example.org", NOW);
    file.attach("report.pdf", "application/pdf", 1234);
    assertThat(file.isFile()).isTrue();
    assertThat(file.getUrl()).isNull();
  }

  @Test
  void onlyHttpAndHttpsAddressesWithAHost() {
    assertThat(LibraryResource.isWebAddress("https://www.kingsfund.org.uk/")).isTrue();
    assertThat(LibraryResource.isWebAddress("http://example.org/a?b=c")).isTrue();
    for (String bad :
        List.of(
            "javascript:alert(1)",
            "ftp://example.org/x",
            "www.example.org",
            "https://",
            "https://exa mple.org",
            "https://user:pw@example.org/",
            "data:text/html,hi",
            "https://example.org/" + "a".repeat(2000))) {
      assertThat(LibraryResource.isWebAddress(bad)).as(bad).isFalse();
    }
    assertThat(
            refused(
                () ->
                    LibraryResource.suggested(
                        NETWORK, details("javascript:alert(1)"), 2026, KNOWN, "m@x.org", NOW)))
        .containsEntry("url", "library.error.url");
  }

  @Test
  void eachFieldIsCheckedBesideItself() {
    Details bad =
        new Details(
            " ",
            "a".repeat(301),
            "p".repeat(201),
            2028,
            "",
            null,
            List.of("CARERS", "NOT_AN_AREA"),
            "https://example.org");
    assertThat(
            refused(
                () -> LibraryResource.suggested(NETWORK, bad, 2026, KNOWN, "m@example.org", NOW)))
        .containsEntry("title", "library.error.title")
        .containsEntry("authors", "library.error.authors")
        .containsEntry("publisher", "library.error.publisher")
        .containsEntry("year", "library.error.year")
        .containsEntry("summary", "library.error.summary")
        .containsEntry("kind", "library.error.kind")
        .containsEntry("areas", "library.error.area")
        .doesNotContainKey("url");
    Details old = new Details("T", null, null, 1799, "S", Kind.PAPER, List.of(), "https://x.org");
    assertThat(refused(() -> LibraryResource.suggested(NETWORK, old, 2026, KNOWN, "m@x.org", NOW)))
        .containsOnlyKeys("year");
    Details nextYear =
        new Details("T", null, null, 2027, "S", Kind.PAPER, List.of(), "https://x.org");
    assertThat(LibraryResource.suggested(NETWORK, nextYear, 2026, KNOWN, "m@x.org", NOW))
        .extracting(LibraryResource::getPublishedYear)
        .isEqualTo(2027);
  }
}
