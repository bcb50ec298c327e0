package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.NetworkPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Membership of learning networks: an open network takes members at once, a closed one asks its
 * facilitator, who approves or declines with a message; the directory is for members and respects
 * each member's choice to be listed; only the network's own facilitators answer requests.
 */
class NetworkMembershipIT extends BrowserTest {

  private static final String PASSWORD = "thistle harbour piano 58";
  private static final String STARTER = "integrating-physical-and-mental-health-care";

  @Test
  void openAndClosedNetworksTheDirectoryAndFacilitatorsAnswers() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String facilitator = "fac-" + run + "@example.org";
    String otherFacilitator = "fac2-" + run + "@example.org";
    String ana = "ana-" + run + "@example.org";
    String ben = "ben-" + run + "@example.org";
    String closed = "closed-" + run;
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(
        facilitator, "Fola Facilitator", PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    accounts.create(
        otherFacilitator,
        "Fenn Facilitator",
        PASSWORD,
        List.of("FACILITATOR"),
        TestContent.COLLEGE);
    accounts.create(ana, "Ana Member " + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    accounts.create(
        ben,
        "Ben Member " + run,
        "Practice nurse",
        PASSWORD,
        List.of("LEARNER"),
        TestContent.COLLEGE);
    ApiSession admin =
        ApiSession.signedIn(
            base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    String network =
        "{\"slug\":\"%s\",\"name\":\"Liaison psychiatry leads %s\",\"description\":\"A closed group.\","
            + "\"open\":false,\"challenges\":[\"SMI_PHYSICAL_HEALTH\"],\"facilitators\":[\"%s\"]}";
    assertThat(
            ApiSession.signedIn(base, ana, PASSWORD)
                .postJson("/api/v1/networks", network.formatted(closed, run, facilitator))
                .statusCode())
        .as("only an administrator sets up a network")
        .isEqualTo(403);
    HttpResponse<String> created =
        admin.postJson("/api/v1/networks", network.formatted(closed, run, facilitator));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(
            admin.postJson("/api/v1/networks", network.formatted(closed, run, facilitator)).body())
        .contains("network.slug.taken");

    // The list shows the starter network to anyone; the directory is for members.
    browser.open("/networks");
    assertThat(browser.text("#networks"))
        .contains("Integrating Physical and Mental Health Care")
        .contains("Liaison psychiatry leads " + run);
    new NetworkPage(browser).open(STARTER);
    assertThat(browser.text("#directory")).contains("Members of the network can see");

    // Ana joins the open network at once, then chooses not to be listed.
    new LoginPage(browser).open().signIn(ana, PASSWORD);
    new NetworkPage(browser).open(STARTER).join();
    assertThat(browser.text("#my-status")).isEqualTo("You are a member of this network.");
    assertThat(browser.text("#members")).contains("Ana Member " + run);
    browser.ajaxClick("[id='join:visibility']");
    assertThat(browser.text("#messages")).contains("no longer shown in the member list");

    // Ana asks to join the closed network: a request, and no directory yet.
    new NetworkPage(browser).open(closed).join();
    assertThat(browser.text("#my-status")).contains("You have asked to join");
    assertThat(browser.text("#directory")).contains("Members of the network can see");
    LoginPage.signOut(browser);

    // Ben joins the open network: Ana is not listed to him, but counted.
    new LoginPage(browser).open().signIn(ben, PASSWORD);
    new NetworkPage(browser).open(STARTER).join();
    assertThat(browser.text("#members"))
        .contains("Ben Member " + run)
        .doesNotContain("Ana Member " + run);
    assertThat(browser.text("#hidden-members")).contains("prefer");
    new NetworkPage(browser).open(closed).join();
    LoginPage.signOut(browser);

    // The facilitator answers: declining needs a message, approving does not.
    new LoginPage(browser).open().signIn(facilitator, PASSWORD);
    new NetworkPage(browser).open(closed);
    assertThat(browser.text("#requests"))
        .contains("Ana Member " + run)
        .contains("Ben Member " + run);
    browser.ajaxClick("#requests li:first-child button[id$='decline']");
    assertThat(browser.text("#messages")).contains("Say why, kindly");
    browser.type(
        "#requests li:first-child textarea",
        "This group is for liaison psychiatry leads; do join the open network.");
    browser.ajaxClick("#requests li:first-child button[id$='decline']");
    assertThat(browser.text("#messages")).contains("has been declined");
    browser.ajaxClick("#requests li:first-child button[id$='approve']");
    assertThat(browser.text("#messages")).contains("has been approved");
    assertThat(browser.findAll("#requests")).isEmpty();
    assertThat(browser.text("#members")).contains("Fola Facilitator").contains("Ben Member " + run);
    LoginPage.signOut(browser);

    // Ana reads why; she was told by mail too.
    new LoginPage(browser).open().signIn(ana, PASSWORD);
    new NetworkPage(browser).open(closed);
    assertThat(browser.text("#my-status")).contains("declined your request");
    assertThat(browser.text("#decision-message")).contains("do join the open network");
    LoginPage.signOut(browser);
    new TestAccounts(browser).signInAsAdministrator();
    browser.open("/admin/outbox?to=" + ana);
    assertThat(browser.text("#outbox")).contains(ana).doesNotContain(ben);
    browser.open("/admin/outbox?to=" + ben);
    assertThat(browser.text("#outbox")).contains(ben);

    // Another network's facilitator cannot answer this network's requests.
    ApiSession anaApi = ApiSession.signedIn(base, ana, PASSWORD);
    assertThat(anaApi.post("/api/v1/networks/" + closed + "/leave").statusCode()).isEqualTo(409);
    assertThat(anaApi.post("/api/v1/networks/" + closed + "/join").body()).contains("PENDING");
    String detail = admin.get("/api/v1/networks/" + closed).body();
    java.util.regex.Matcher request =
        java.util.regex.Pattern.compile("\"requests\":\\[\\{[^}]*\"id\":(\\d+)").matcher(detail);
    assertThat(request.find()).as(detail).isTrue();
    assertThat(
            ApiSession.signedIn(base, otherFacilitator, PASSWORD)
                .postJson(
                    "/api/v1/networks/" + closed + "/requests/" + request.group(1),
                    "{\"approve\":true}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            anaApi
                .postJson(
                    "/api/v1/networks/" + closed + "/requests/" + request.group(1),
                    "{\"approve\":true}")
                .statusCode())
        .as("nor can the person asking")
        .isEqualTo(403);
  }
}
