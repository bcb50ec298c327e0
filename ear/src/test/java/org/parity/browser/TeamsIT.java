package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.RegisterPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Local teams (issue 14, part 1): a member starts a team and leads it, invites a colleague from the
 * member list and a newcomer by address, who registers from the invitation and joins; the page
 * shows each member's profession and warns while everyone shares one; a team has one or two leads;
 * a facilitator closes it.
 */
class TeamsIT extends BrowserTest {

  private static final String PASSWORD = "harbour cedar lantern 93";

  private record People(String run) {
    String email(String who) {
      return who + "-team-" + run + "@example.org";
    }

    String name(String who) {
      return Character.toUpperCase(who.charAt(0)) + who.substring(1) + " Team" + run;
    }
  }

  private void signIn(People p, String who) {
    new LoginPage(browser).open().signIn(p.email(who), PASSWORD);
  }

  @Test
  void aMemberStartsATeamInvitesColleaguesAndAFacilitatorClosesIt() throws Exception {
    People p = new People(UUID.randomUUID().toString().substring(0, 6));
    String network = "teams-" + p.run();
    String team = "Riverside health checks " + p.run();
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(
        p.email("fran"), p.name("fran"), "GP", PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(
        p.email("gill"), p.name("gill"), "GP", PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(
        p.email("nia"), p.name("nia"), "Practice nurse", PASSWORD, List.of(), TestContent.COLLEGE);
    TestNetworks.asAdministrator(base).create(network, true, p.email("fran"));
    for (String who : List.of("gill", "nia")) {
      assertThat(
              ApiSession.signedIn(base, p.email(who), PASSWORD)
                  .post("/api/v1/networks/" + network + "/join")
                  .statusCode())
          .isEqualTo(200);
    }

    // Gill starts a team: what is missing is said beside each field.
    signIn(p, "gill");
    browser.open("/networks/" + network);
    assertThat(browser.text("#no-teams")).contains("No team yet");
    browser.find("#start-team summary").click();
    browser.submit("[id='newTeam:create']");
    assertThat(browser.fieldError("newTeam:teamName")).contains("Give the team a name");
    assertThat(browser.fieldError("newTeam:teamProblem")).contains("local problem");
    browser.type("[id='newTeam:teamName']", team);
    browser.type("[id='newTeam:teamPlace']", "Riverside Primary Care Network");
    browser.type(
        "[id='newTeam:teamProblem']",
        "Annual physical health checks for people with SMI are missed.");
    browser.submit("[id='newTeam:create']");
    assertThat(browser.path()).startsWith("/networks/" + network + "/teams/");
    String teamPage = browser.path();
    assertThat(browser.text("#messages")).contains("Team started");
    assertThat(browser.text("#team-members"))
        .contains(p.name("gill"))
        .contains("GP")
        .contains("Lead");

    // She invites Nia from the member list, and a newcomer by address (a slip is refused).
    browser.choose("[id='invite:candidate']", p.name("nia") + " · Practice nurse");
    browser.submit("[id='invite:send']");
    assertThat(browser.text("#messages")).contains("Invitation sent");
    // The browser lets "omar@riverside" through; Parity wants a domain with a dot.
    browser.type("[id='invite:inviteEmail']", "omar@riverside");
    browser.submit("[id='invite:send']");
    assertThat(browser.fieldError("invite:inviteEmail")).contains("e-mail address");
    browser.type("[id='invite:inviteEmail']", p.email("omar"));
    browser.submit("[id='invite:send']");
    assertThat(browser.text("#team-members"))
        .contains(p.name("nia"))
        .contains("Invited")
        .contains(p.email("omar"));
    LoginPage.signOut(browser);

    // Omar has no account: the mailed link asks him to sign in; he registers with that address.
    accounts.signInAsAdministrator();
    String link = accounts.outboxLink(p.email("omar"));
    assertThat(link).endsWith(teamPage);
    LoginPage.signOut(browser);
    browser.driver().get(link);
    assertThat(browser.path()).isEqualTo("/login");
    new RegisterPage(browser).open().register(p.email("omar"), p.name("omar"), "GP", PASSWORD);
    accounts.confirmFromOutbox(p.email("omar"));
    signIn(p, "omar");
    browser.open("/me");
    assertThat(browser.text("#team-invitations")).contains(team);
    browser.leaveBy("#team-invitations a");
    assertThat(browser.text("#invitation")).contains("You are invited");
    browser.submit("[id='answer:accept']");
    assertThat(browser.text("#messages")).contains("Welcome to the team");
    // Two GPs: the page suggests a mix.
    assertThat(browser.text("#one-profession"))
        .contains("Everyone in this team shares one profession");
    assertThat(browser.findAll("[id='invite:send']")).as("only leads invite").isEmpty();
    LoginPage.signOut(browser);

    // Nia, a practice nurse, joins: the warning goes.
    signIn(p, "nia");
    browser.open(teamPage);
    browser.submit("[id='answer:accept']");
    assertThat(browser.text("#team-members")).contains(p.name("nia")).contains("Practice nurse");
    assertThat(browser.findAll("#one-profession")).isEmpty();
    LoginPage.signOut(browser);

    // Gill makes Nia a lead; a third lead is refused.
    signIn(p, "gill");
    browser.open(teamPage);
    browser.submit(
        "#team-members tbody tr:nth-child(2) input[id$=':makeLead']"); // Nia, invited first
    assertThat(browser.text("#messages")).contains("lead the team too");
    browser.submit("#team-members input[id$=':makeLead']");
    assertThat(browser.text("#messages")).contains("one or two leads");
    LoginPage.signOut(browser);

    // Fran, who facilitates the network, closes the team after being asked.
    signIn(p, "fran");
    browser.open(teamPage);
    assertThat(browser.submitConfirming("[id='closing:close']")).contains("Nobody can join it");
    assertThat(browser.text("#messages")).contains("Team closed");
    assertThat(browser.text("#team-status")).contains("Closed");
    assertThat(browser.findAll("[id='invite:send']")).isEmpty();
    browser.open("/networks/" + network);
    assertThat(browser.text("#team-list")).contains(team).contains("3 members").contains("Closed");
  }
}
