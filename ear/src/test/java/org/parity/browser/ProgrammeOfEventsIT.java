package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Programmes of events (issue 14, part 5): a facilitator plans a programme and adds a session to it
 * from the events page, and its materials from the library; a team's lead registers the team once
 * and each member has a place; the facilitator marks who came; the member's CPD log names the
 * programme, and the team's page shows who came. The starter network has a programme of three
 * sessions.
 */
class ProgrammeOfEventsIT extends BrowserTest {

  private static final String PASSWORD = "harbour cedar lantern 93";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void aTeamRegistersOnceForAProgrammeAndItsAttendanceShowsOnItsPage() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String fran = "fran-prog-" + run + "@example.org";
    String gill = "gill-prog-" + run + "@example.org";
    String nia = "nia-prog-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(fran, "Fran Prog" + run, "GP", PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(gill, "Gill Prog" + run, "GP", PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(
        nia, "Nia Prog" + run, "Practice nurse", PASSWORD, List.of(), TestContent.COLLEGE);
    String network = "programmes-" + run;
    TestNetworks.asAdministrator(base).create(network, true, fran);
    for (String who : List.of(gill, nia)) {
      ApiSession.signedIn(base, who, PASSWORD).post("/api/v1/networks/" + network + "/join");
    }

    // Gill starts a team and Nia joins it.
    String team = "Valley workshop team " + run;
    new LoginPage(browser).open().signIn(gill, PASSWORD);
    browser.open("/networks/" + network);
    browser.find("#start-team summary").click();
    browser.type("[id='newTeam:teamName']", team);
    browser.type("[id='newTeam:teamPlace']", "Valley Primary Care Network");
    browser.type("[id='newTeam:teamProblem']", "Physical health checks for SMI are missed.");
    browser.submit("[id='newTeam:create']");
    String teamPage = browser.path();
    browser.choose("[id='invite:candidate']", "Nia Prog" + run + " · Practice nurse");
    browser.submit("[id='invite:send']");
    LoginPage.signOut(browser);
    new LoginPage(browser).open().signIn(nia, PASSWORD);
    browser.open(teamPage);
    browser.submit("[id='answer:accept']");
    LoginPage.signOut(browser);

    // Fran plans a programme on the events page: no title is refused beside the field.
    new LoginPage(browser).open().signIn(fran, PASSWORD);
    browser.open("/networks/" + network + "/events");
    browser.submit("[id='programme:create']");
    assertThat(browser.fieldError("programme:programmeTitle"))
        .contains("Give the programme a title");
    String programme = "Whole-person workshops " + run;
    browser.type("[id='programme:programmeTitle']", programme);
    browser.type("[id='programme:programmeDescription']", "Three workshops for local teams.");
    browser.submit("[id='programme:create']");
    String programmePage = browser.path();
    assertThat(programmePage).matches("/networks/" + network + "/programmes/\\d+");
    assertThat(browser.text("#no-sessions")).contains("add them from the events page");

    // She adds its first session from the events page, choosing the programme; it starts soon.
    browser.leaveBy("#add-session");
    String session = "Session one " + run;
    browser.choose("[id='event:programme']", programme);
    browser.type("[id='event:title']", session);
    LocalDateTime start = LocalDateTime.now(LONDON).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
    setValue("[id='event:start']", start.toString());
    setValue("[id='event:end']", start.plusHours(2).toString());
    browser.type("[id='event:timeZone']", "Europe/London");
    browser.type("[id='event:onlineUrl']", "https://meet.example.org/parity/" + run);
    browser.type("[id='event:capacity']", "10");
    browser.submit("[id='event:submit']");
    String sessionPage = browser.path();
    assertThat(browser.text("#event-programme")).contains(programme);

    // The session's slides go in the network's library, from that session: they show on its page.
    browser.open("/networks/" + network + "/library");
    browser.type("[id='resource:title']", "Session one slides " + run);
    browser.type("[id='resource:summary']", "What the speaker showed.");
    browser.choose("[id='resource:kind']", "Slides");
    browser.choose("[id='resource:event']", session);
    browser.type("[id='resource:url']", "https://example.org/slides-" + run);
    browser.submit("[id='resource:submit']");
    browser.open(sessionPage);
    assertThat(browser.text("#event-materials")).contains("Session one slides " + run);
    LoginPage.signOut(browser);

    // Gill registers the team once: both of them have a place.
    new LoginPage(browser).open().signIn(gill, PASSWORD);
    browser.open(programmePage);
    browser.submit("[id='register:submit']");
    assertThat(browser.fieldError("register:team")).contains("Choose the team");
    browser.choose("[id='register:team']", team);
    browser.submit("[id='register:submit']");
    assertThat(browser.text("#messages")).contains("The team is registered");
    assertThat(browser.text("#registered-teams")).contains(team);
    assertThat(browser.text("#session-list")).contains(session).contains("You have a place");
    assertThat(browser.findAll("[id='register:submit']")).as("registered once").isEmpty();
    LoginPage.signOut(browser);

    // Fran marks Nia as having come.
    new LoginPage(browser).open().signIn(fran, PASSWORD);
    browser.open(sessionPage);
    browser
        .driver()
        .findElement(
            By.xpath(
                "//tr[td[@class='registrant-name' and normalize-space()='Nia Prog"
                    + run
                    + "']]//input[@type='checkbox']"))
        .click();
    browser.submit("[id='attendance:save']");
    assertThat(browser.text("#messages")).contains("Attendance saved");
    LoginPage.signOut(browser);

    // Nia's CPD log names the programme; the team's page shows who came.
    LocalDate today = LocalDate.now(LONDON);
    String cpd =
        ApiSession.signedIn(base, nia, PASSWORD)
            .get("/api/v1/me/cpd.csv?from=" + today.minusDays(1) + "&to=" + today.plusDays(1))
            .body();
    assertThat(cpd.lines().filter(l -> l.contains(programme + ": " + session))).hasSize(1);
    new LoginPage(browser).open().signIn(gill, PASSWORD);
    browser.open(teamPage);
    assertThat(browser.text("#team-programmes"))
        .contains(programme)
        .contains(session)
        .contains("1 of 2 came: Nia Prog" + run);
  }

  @Test
  void theStarterNetworkHasAProgrammeOfThreeSessions() {
    browser.open("/networks/integrating-physical-and-mental-health-care/events");
    browser.leaveBy("#programme-list a");
    assertThat(browser.text("#programme-title")).contains("three workshops (example)");
    assertThat(browser.findAll("#session-list > li")).hasSize(3);
    assertThat(browser.text("#registered-teams"))
        .contains("Riverside long-term conditions team (example)");
  }

  private void setValue(String css, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
  }
}
