package org.parity.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parity.teams.TeamPeople.MEMBER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.it.As;
import org.parity.it.Deployments;
import org.parity.network.application.NetworkLibrary;
import org.parity.network.application.NetworkLibrary.ResourceInput;
import org.parity.network.application.NetworkLibrary.ResourceView;
import org.parity.network.domain.NetworkException;
import org.parity.platform.InvalidInput;
import org.parity.search.application.Search;
import org.parity.search.application.SearchHit;
import org.parity.search.application.SearchRequest;

/**
 * A network's library: facilitators add, members only suggest, another network's facilitator
 * decides nothing, bad links and files are refused beside their fields, and search finds what is in
 * the library for those who may read the network.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkLibraryServiceIT {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    return Deployments.servicesAsPeople(NetworkLibraryServiceIT.class);
  }

  @Inject TeamPeople people;
  @Inject LibraryNetworks networks;
  @Inject NetworkLibrary library;
  @Inject Search search;

  private static ResourceInput link(String title, String summary, String url) {
    return new ResourceInput(
        title,
        "A. Writer",
        "A publisher",
        "2016",
        summary,
        "GUIDANCE",
        List.of("LTC_MENTAL_HEALTH"),
        url,
        null,
        null,
        null);
  }

  private static ResourceInput file(String title, String name, byte[] bytes) {
    return new ResourceInput(
        title,
        null,
        null,
        "",
        "Slides from the event.",
        "SLIDES",
        List.of(),
        null,
        null,
        name,
        bytes);
  }

  private static Map<String, String> refusal(String email, Callable<?> work) {
    try {
      As.call(email, MEMBER, work);
    } catch (InvalidInput e) {
      return e.fieldErrors();
    } catch (Exception e) {
      throw new AssertionError("refused otherwise", e);
    }
    throw new AssertionError("not refused");
  }

  @Test
  void membersSuggestFacilitatorsDecideAndSearchFindsWhatIsInTheLibrary() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String word = "zlib" + letters(run);
    TeamPeople.Made made = people.make(run);
    String network = made.network();

    // A member cannot add directly; an outsider cannot even suggest.
    assertThatThrownBy(
            () ->
                As.call(
                    made.member(),
                    MEMBER,
                    () -> library.add(network, link("T", "S", "https://example.org"))))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () ->
                As.call(
                    made.outsider(),
                    MEMBER,
                    () -> library.suggest(network, link("T", "S", "https://example.org"))))
        .isInstanceOf(EJBAccessException.class);

    // Bad links and files are refused beside their fields.
    assertThat(
            refusal(
                made.member(),
                () -> library.suggest(network, link("T", "S", "javascript:alert(1)"))))
        .containsEntry("url", "library.error.url");
    assertThat(refusal(made.member(), () -> library.suggest(network, file("Slides", "s.pdf", PDF))))
        .containsEntry("file", "library.error.suggestLink");
    assertThat(
            refusal(
                made.facilitator(), () -> library.add(network, link("T", "S", "ftp://x.org/a"))))
        .containsEntry("url", "library.error.url");
    assertThat(
            refusal(
                made.facilitator(),
                () ->
                    library.add(
                        network,
                        file("Notes", "notes.pdf", "just text".getBytes(StandardCharsets.UTF_8)))))
        .containsEntry("file", "caseStudy.error.fileType");
    assertThat(
            refusal(
                made.facilitator(),
                () -> library.add(network, file("Big", "big.pdf", new byte[6 * 1024 * 1024]))))
        .containsEntry("file", "caseStudy.error.fileTooLarge");
    assertThat(refusal(made.facilitator(), () -> library.add(network, file("None", null, null))))
        .containsEntry("url", "library.error.urlOrFile");

    // An entry belongs only to one of the network's own events.
    assertThat(
            refusal(
                made.facilitator(),
                () ->
                    library.add(
                        network,
                        new ResourceInput(
                            "Slides",
                            null,
                            null,
                            "",
                            "From a workshop.",
                            "SLIDES",
                            List.of(),
                            "https://example.org/s",
                            -1L,
                            null,
                            null))))
        .containsEntry("event", "library.error.event");

    // A facilitator's PDF is in the library at once, and downloads for anyone.
    long slides =
        As.call(
            made.facilitator(), MEMBER, () -> library.add(network, file("Slides", "s.pdf", PDF)));
    assertThat(As.call(made.outsider(), MEMBER, () -> library.download(slides)).content())
        .isEqualTo(PDF);

    // A member suggests; only this network's facilitators decide, once.
    long suggestion =
        As.call(
            made.member(),
            MEMBER,
            () ->
                library.suggest(
                    network,
                    link(
                        "Mood questions " + word,
                        "A guide to auditing mood questions at annual reviews " + word + ".",
                        "https://example.org/mood")));
    assertThat(
            As.call(made.outsider(), MEMBER, () -> library.shelf(network, null, null, 1)).total())
        .isEqualTo(1);
    assertThat(found(made.outsider(), word)).isEmpty();
    assertThatThrownBy(
            () -> As.run(made.member(), MEMBER, () -> library.accept(network, suggestion)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () ->
                As.run(made.otherFacilitator(), MEMBER, () -> library.accept(network, suggestion)))
        .isInstanceOf(EJBAccessException.class);
    assertThat(
            As.call(made.facilitator(), MEMBER, () -> library.shelf(network, null, null, 1))
                .suggestions())
        .extracting(ResourceView::id)
        .containsExactly(suggestion);
    As.run(made.facilitator(), MEMBER, () -> library.accept(network, suggestion));
    assertThatThrownBy(
            () -> As.run(made.facilitator(), MEMBER, () -> library.decline(network, suggestion)))
        .isInstanceOf(NetworkException.class);
    assertThat(people.noticesOf(made.member())).contains("RESOURCE_ACCEPTED");

    // The library lists it, filtered by tag and kind; search finds it by a stemmed word.
    assertThat(
            As.call(
                    made.outsider(),
                    MEMBER,
                    () -> library.shelf(network, "LTC_MENTAL_HEALTH", "GUIDANCE", 1))
                .resources())
        .extracting(ResourceView::id)
        .containsExactly(suggestion);
    assertThat(
            As.call(made.outsider(), MEMBER, () -> library.shelf(network, null, "SLIDES", 1))
                .resources())
        .extracting(ResourceView::id)
        .containsExactly(slides);
    List<SearchHit> hits = waitFor(made.outsider(), "audit " + word);
    assertThat(hits)
        .extracting(SearchHit::address, SearchHit::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/networks/" + network + "/library/" + suggestion, "resource"));

    // A closed network's resources are found by its members, never by outsiders.
    String closed = networks.closed(run, made.facilitator(), made.member());
    String secret = "zsec" + letters(run);
    long hidden =
        As.call(
            made.facilitator(),
            MEMBER,
            () ->
                library.add(
                    closed,
                    link("Closed " + secret, "Audits " + secret + ".", "https://example.org/c")));
    assertThat(waitFor(made.member(), secret))
        .extracting(SearchHit::address)
        .containsExactly("/networks/" + closed + "/library/" + hidden);
    assertThat(found(made.outsider(), secret)).isEmpty();
    assertThatThrownBy(
            () -> As.call(made.outsider(), MEMBER, () -> library.shelf(closed, null, null, 1)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> As.call(made.outsider(), MEMBER, () -> library.download(hidden)))
        .isInstanceOf(EJBAccessException.class);

    // Only a facilitator takes an entry out.
    assertThatThrownBy(() -> As.run(made.member(), MEMBER, () -> library.remove(network, slides)))
        .isInstanceOf(EJBAccessException.class);
    As.run(made.facilitator(), MEMBER, () -> library.remove(network, slides));
    assertThat(
            As.call(made.outsider(), MEMBER, () -> library.shelf(network, null, null, 1)).total())
        .isEqualTo(1);
  }

  /** The run as letters only, so that the analyser keeps it one word. */
  private static String letters(String run) {
    StringBuilder out = new StringBuilder();
    run.chars().forEach(c -> out.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
    return out.toString();
  }

  private List<SearchHit> found(String email, String words) throws Exception {
    return As.call(
            email, MEMBER, () -> search.search(SearchRequest.of(words, "resource", 20)).hits())
        .stream()
        .toList();
  }

  private List<SearchHit> waitFor(String email, String words) throws Exception {
    List<SearchHit> hits = List.of();
    for (int tries = 0; tries < 120 && hits.isEmpty(); tries++) {
      hits = found(email, words);
      if (hits.isEmpty()) {
        Thread.sleep(250);
      }
    }
    return hits;
  }
}
