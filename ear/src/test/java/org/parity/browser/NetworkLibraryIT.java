package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * A network's library (issue 14, part 7): a facilitator adds a PDF (a bad link is refused beside
 * its field), a member suggests a link that the facilitator accepts, the member hears of it on the
 * bell, a visitor finds it in the site's search among library resources, and the starter network's
 * library holds the report Parity's taxonomy comes from.
 */
class NetworkLibraryIT extends BrowserTest {

  private static final String PASSWORD = "harbour cedar lantern 93";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aFacilitatorAndAMemberBuildTheLibraryThatSearchFinds() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String word = "zlib" + letters(run);
    String fran = "fran-library-" + run + "@example.org";
    String nia = "nia-library-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(fran, "Fran Library" + run, "GP", PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(
        nia, "Nia Library" + run, "Practice nurse", PASSWORD, List.of(), TestContent.COLLEGE);
    String network = "library-" + run;
    TestNetworks.asAdministrator(base).create(network, true, fran);
    ApiSession.signedIn(base, nia, PASSWORD).post("/api/v1/networks/" + network + "/join");
    String library = "/networks/" + network + "/library";

    // Fran opens the empty library from the network's page.
    new LoginPage(browser).open().signIn(fran, PASSWORD);
    browser.open("/networks/" + network);
    browser.submit("#library-link");
    assertThat(browser.path()).isEqualTo(library);
    assertThat(browser.text("#library-empty")).contains("empty");

    // A link that is not a web address is refused beside its field.
    browser.type("[id='resource:title']", "Workshop slides " + run);
    browser.type("[id='resource:summary']", "The slides from our first workshop.");
    browser.choose("[id='resource:kind']", "Slides");
    browser.type("[id='resource:url']", "not a link");
    browser.submit("[id='resource:submit']");
    assertThat(browser.fieldError("resource:url")).contains("web address");

    // With a PDF instead, it is in the library at once.
    browser.type("[id='resource:url']", "");
    browser
        .find("[id='resource:file']")
        .sendKeys(UnitImagesIT.file("workshop-slides.pdf", PDF).toString());
    browser.submit("[id='resource:submit']");
    assertThat(browser.text("#messages")).contains("in the library");
    assertThat(browser.text("#library-list")).contains("Workshop slides " + run).contains("PDF");
    assertThat(browser.findAll("#library-list a.library-file")).hasSize(1);
    LoginPage.signOut(browser);

    // Nia suggests a link; she sees it waiting.
    new LoginPage(browser).open().signIn(nia, PASSWORD);
    browser.open(library);
    assertThat(browser.text("#add-heading")).isEqualTo("Suggest a resource");
    String title = "Asking about mood " + word;
    browser.type("[id='resource:title']", title);
    browser.type(
        "[id='resource:summary']", "A guide to auditing mood questions at reviews " + word + ".");
    browser.choose("[id='resource:kind']", "Guidance");
    browser.type("[id='resource:url']", "https://example.org/mood-" + run);
    browser.submit("[id='resource:submit']");
    assertThat(browser.text("#messages")).contains("facilitator will look");
    assertThat(browser.text("#my-suggestions")).contains(title).contains("Waiting");
    LoginPage.signOut(browser);

    // Fran accepts it from the queue.
    new LoginPage(browser).open().signIn(fran, PASSWORD);
    browser.open(library);
    assertThat(browser.text("#library-queue")).contains(title).contains("Nia Library" + run);
    browser.submit("#suggestion-list input[id$=':accept']");
    assertThat(browser.text("#messages")).contains("is in the library");
    assertThat(browser.findAll("#no-suggestions")).hasSize(1);
    assertThat(browser.text("#library-list")).contains(title);
    LoginPage.signOut(browser);

    // Nia hears of it on the bell, and starts a discussion about it: the thread shows it as a card.
    new LoginPage(browser).open().signIn(nia, PASSWORD);
    browser.open("/me/notifications");
    assertThat(browser.text("#notices"))
        .contains("Fran Library" + run + " added your suggestion “" + title + "” to the library");
    browser.open("/networks/" + network);
    browser.type("[id='thread:title']", "Using the audit guide " + run);
    browser.type("[id='thread:body']", "Has anyone tried this at their reviews?");
    browser.choose("[id='thread:resource']", title);
    browser.submit("[id='thread:submit']");
    assertThat(browser.text("#resource-card")).isEqualTo(title);
    browser.leaveBy("#resource-card");
    assertThat(browser.text("#resource-title")).isEqualTo(title);
    LoginPage.signOut(browser);

    // A visitor finds it by a word of its summary, among library resources, and opens its page.
    String query = "/search?q=audit+" + word;
    for (int tries = 0; tries < 40; tries++) {
      browser.open(query);
      if (browser.text("#group-resource").contains(title)) {
        break;
      }
      Thread.sleep(250);
    }
    assertThat(browser.text("#group-resource")).contains(title);
    browser.submit("#tab-resource");
    assertThat(browser.url()).contains("type=resource");
    assertThat(browser.findAll("#group-caseStudy")).isEmpty();
    browser.submit("#group-resource h3 a");
    assertThat(browser.path()).matches(library + "/[0-9]+");
    assertThat(browser.text("#resource-title")).isEqualTo(title);
    assertThat(browser.find("#resource-link").getAttribute("value")).endsWith(browser.path());

    // The starter network's library holds the report the taxonomy comes from, and others.
    browser.open("/networks/integrating-physical-and-mental-health-care/library");
    assertThat(browser.text("#library-list"))
        .contains("Bringing together physical and mental health")
        .contains("The King's Fund");
    assertThat(browser.findAll("#library-list li.library-resource").size())
        .isGreaterThanOrEqualTo(5);
  }

  /** The run as letters only, so that search reads it as one word. */
  private static String letters(String run) {
    StringBuilder out = new StringBuilder();
    run.chars().forEach(c -> out.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
    return out.toString();
  }
}
