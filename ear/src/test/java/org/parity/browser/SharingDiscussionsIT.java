package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.CaseStudyEditorPage;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * A facilitator makes a good discussion last (issue 14, part 3): from the thread's facilitator
 * panel she quotes its posts in the network's questions often asked, and in a case-study draft of
 * her own; each quote names its author and profession, and the authors are told on the bell.
 */
class SharingDiscussionsIT extends BrowserTest {

  private static final String PASSWORD = "harbour cedar lantern 93";

  @Test
  void aFacilitatorSharesADiscussionInTheFaqAndAsACaseStudyDraft() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String fran = "fran-share-" + run + "@example.org";
    String nia = "nia-share-" + run + "@example.org";
    String gill = "gill-share-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(fran, "Fran Share" + run, "GP", PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(
        nia, "Nia Share" + run, "Practice nurse", PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(gill, "Gill Share" + run, "GP", PASSWORD, List.of(), TestContent.COLLEGE);
    String network = "sharing-" + run;
    TestNetworks.asAdministrator(base).create(network, true, fran);
    String api = "/api/v1/networks/" + network;
    ApiSession niaApi = ApiSession.signedIn(base, nia, PASSWORD);
    ApiSession gillApi = ApiSession.signedIn(base, gill, PASSWORD);
    niaApi.post(api + "/join");
    gillApi.post(api + "/join");
    String title = "Asking about mood at reviews " + run;
    HttpResponse<String> created =
        niaApi.postJson(
            api + "/threads",
            "{\"category\":"
                + niaApi.firstForumCategory(api)
                + ",\"title\":\""
                + title
                + "\",\"body\":\"We ask two questions at every diabetes review.\"}");
    long thread = ApiSession.object(created, 201).getJsonNumber("id").longValue();
    assertThat(
            gillApi
                .postJson(
                    api + "/threads/" + thread + "/posts",
                    "{\"body\":\"We put them on the review template.\"}")
                .statusCode())
        .isEqualTo(201);
    String threadPath = "/networks/" + network + "/threads/" + thread;

    // A member has no way to it: no link, and its address is not found.
    assertThat(gillApi.get(threadPath + "/promote").statusCode()).isEqualTo(404);
    new LoginPage(browser).open().signIn(gill, PASSWORD);
    browser.open(threadPath);
    assertThat(browser.findAll("#promote-link")).isEmpty();
    LoginPage.signOut(browser);

    // Fran opens it from the thread's facilitator panel; nothing chosen is refused beside the
    // posts.
    new LoginPage(browser).open().signIn(fran, PASSWORD);
    browser.open(threadPath);
    browser.find("#moderate-thread-panel summary").click();
    browser.submit("#promote-link");
    assertThat(browser.path()).isEqualTo(threadPath + "/promote");
    assertThat(browser.text("[id='promote:posts']"))
        .contains("Nia Share" + run + " (Practice nurse): We ask two questions")
        .contains("We put them on the review template");
    browser.submit("[id='promote:faq']");
    assertThat(browser.fieldError("promote:posts")).contains("at least one post");

    // Both posts answer a question in the network's FAQ, each with its author and profession.
    browser.find("[id='promote:posts:0']").click();
    browser.find("[id='promote:posts:1']").click();
    browser.type("[id='promote:question']", "How do we ask about mood at reviews?");
    browser.submit("[id='promote:faq']");
    assertThat(browser.path()).isEqualTo("/networks/" + network);
    assertThat(browser.text("#messages")).contains("added to the FAQ");
    browser.find("#faq details summary").click();
    assertThat(browser.text("#faq"))
        .contains("How do we ask about mood at reviews?")
        .contains("We ask two questions at every diabetes review.")
        .contains("— Nia Share" + run + ", Practice nurse")
        .contains("— Gill Share" + run + ", GP");

    // The opening post starts a case-study draft of her own.
    browser.open(threadPath + "/promote");
    browser.find("[id='promote:posts:0']").click();
    browser.submit("[id='promote:caseStudy']");
    assertThat(browser.path()).matches("/case-studies/[a-z0-9-]+/edit");
    assertThat(browser.text("#messages")).contains("draft is started");
    CaseStudyEditorPage draft = new CaseStudyEditorPage(browser);
    assertThat(draft.value("title")).isEqualTo(title);
    assertThat(draft.value("problem"))
        .contains("We ask two questions")
        .contains("Nia Share" + run + ", Practice nurse");
    LoginPage.signOut(browser);

    // Nia hears of both on the bell; a visitor reads the FAQ of the open network.
    new LoginPage(browser).open().signIn(nia, PASSWORD);
    browser.open("/me/notifications");
    assertThat(browser.text("#notices"))
        .contains("Fran Share" + run + " quoted your post from “" + title + "” in the FAQ of")
        .contains("in a case-study draft");
    LoginPage.signOut(browser);
    browser.open("/networks/" + network);
    assertThat(browser.text("#faq-heading")).isEqualTo("Questions often asked");
  }
}
