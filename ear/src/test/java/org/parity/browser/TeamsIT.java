package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.ActionPlanPage;
import org.parity.browser.pages.CaseStudyEditorPage;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.RegisterPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Local teams (issue 14, part 1): a member starts a team and leads it, invites a colleague from the
 * member list and a newcomer by address, who registers from the invitation and joins; the page
 * shows each member's profession and warns while everyone shares one; a team has one or two leads;
 * a facilitator closes it. A lead enrols the whole team on a module in one step and sees each
 * member's progress (part 2); the network's facilitator sees teams and members, filtered, and an
 * export that never counts fewer than five people by profession (part 4). The team writes its plan,
 * reports its actions done, and a lead turns it into a case-study draft that names the members who
 * agree as co-authors, which the facilitator checks and an administrator publishes (part 3).
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

    // She starts the team's own discussion (a missing title is said beside the field); it is the
    // team's: not on the network's page, and not found at its address by anyone outside.
    assertThat(browser.text("#no-team-threads")).contains("No discussions yet");
    browser.find("#start-team-thread summary").click();
    browser.type("[id='discussion:body']", "Our list has 212 people; 90 had a check last year.");
    browser.submit("[id='discussion:start']");
    assertThat(browser.fieldError("discussion:title")).contains("Give the discussion a title");
    browser.type("[id='discussion:title']", "Where our checks stand " + p.run());
    browser.submit("[id='discussion:start']");
    String teamThread = browser.path();
    assertThat(teamThread).matches("/networks/" + network + "/threads/\\d+");
    assertThat(browser.text("#posts")).contains("212 people");
    browser.open(teamPage);
    assertThat(browser.text("#team-threads")).contains("Where our checks stand " + p.run());
    browser.open("/networks/" + network);
    assertThat(browser.text("#discussions")).doesNotContain("Where our checks stand");
    LoginPage.signOut(browser);
    assertThat(ApiSession.anonymous(base).get(teamThread).statusCode())
        .as("a visitor does not find it")
        .isEqualTo(404);

    // Gill makes Nia a lead; a third lead is refused.
    signIn(p, "gill");
    browser.open(teamPage);
    browser.submit(
        "#team-members tbody tr:nth-child(2) input[id$=':makeLead']"); // Nia, invited first
    assertThat(browser.text("#messages")).contains("lead the team too");
    browser.submit("#team-members input[id$=':makeLead']");
    assertThat(browser.text("#messages")).contains("one or two leads");
    LoginPage.signOut(browser);

    // Fran, who facilitates the network, starts a second team and moves Omar into it.
    signIn(p, "fran");
    String valley = startTeam(network, "Valley checks " + p.run());
    browser.open(teamPage);
    browser.submit("[id='moving:move']");
    assertThat(browser.fieldError("moving:moveMember")).contains("Choose from the list");
    browser.choose("[id='moving:moveMember']", p.name("omar"));
    browser.choose("[id='moving:moveTarget']", "Valley checks " + p.run());
    browser.submit("[id='moving:move']");
    assertThat(browser.text("#messages")).contains("Moved");
    assertThat(browser.text("#team-members")).doesNotContain(p.name("omar"));
    browser.open(valley);
    assertThat(browser.text("#team-members")).contains(p.name("omar")).contains("Member");

    // She closes the first team after being asked.
    browser.open(teamPage);
    assertThat(browser.submitConfirming("[id='closing:close']")).contains("Nobody can join it");
    assertThat(browser.text("#messages")).contains("Team closed");
    assertThat(browser.text("#team-status")).contains("Closed");
    assertThat(browser.findAll("[id='invite:send']")).isEmpty();
    browser.open("/networks/" + network);
    assertThat(browser.text("#team-list")).contains(team).contains("2 members").contains("Closed");
  }

  @Test
  void aTeamLearnsTogetherAndItsPlanBecomesAPublishedCaseStudy() throws Exception {
    People p = new People(UUID.randomUUID().toString().substring(0, 6));
    String network = "team-learning-" + p.run();
    String module = "team-mood-" + p.run();
    String title = "Mood with a long-term condition " + p.run();
    ApiSession editor =
        ApiSession.signedIn(
                base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"))
            .newAccount(
                "Ed Team", List.of("EDITOR", "PUBLISHER"), List.of(TestContent.COLLEGE_SLUG));
    new TestContent(editor).publishModule(module, title, 1, 1, 0);
    TestAccounts accounts = new TestAccounts(browser);
    for (String[] person :
        List.of(
            new String[] {"fran", "GP"},
            new String[] {"gill", "GP"},
            new String[] {"nia", "Practice nurse"},
            new String[] {"omar", "GP"})) {
      accounts.create(
          p.email(person[0]),
          p.name(person[0]),
          person[1],
          PASSWORD,
          List.of(),
          TestContent.COLLEGE);
    }
    TestNetworks.asAdministrator(base).create(network, true, p.email("fran"));
    ApiSession.signedIn(base, p.email("gill"), PASSWORD)
        .post("/api/v1/networks/" + network + "/join");
    ApiSession.signedIn(base, p.email("nia"), PASSWORD)
        .post("/api/v1/networks/" + network + "/join");

    // Gill starts a team and Nia joins it.
    signIn(p, "gill");
    String teamPage = startTeam(network, "Mood in clinic " + p.run());
    browser.choose("[id='invite:candidate']", p.name("nia") + " · Practice nurse");
    browser.submit("[id='invite:send']");
    LoginPage.signOut(browser);
    signIn(p, "nia");
    browser.open(teamPage);
    browser.submit("[id='answer:accept']");
    assertThat(browser.text("#no-learning")).contains("no shared learning yet");
    assertThat(browser.findAll("[id='learning:enrol']")).as("only leads enrol the team").isEmpty();
    LoginPage.signOut(browser);

    // Gill enrols the whole team in one step: nothing chosen is refused beside the field.
    signIn(p, "gill");
    browser.open(teamPage);
    browser.submitConfirming("[id='learning:enrol']");
    assertThat(browser.fieldError("learning:course")).contains("Choose a published");
    browser.choose("[id='learning:course']", title);
    assertThat(browser.submitConfirming("[id='learning:enrol']")).contains("Each of them is told");
    assertThat(browser.text("#messages")).contains("The team is enrolled");
    assertThat(browser.text("#team-learning"))
        .contains(title)
        .contains("Version 1")
        .contains("0 of 2 members completed it")
        .contains(p.name("nia"))
        .contains("Why mood matters");
    LoginPage.signOut(browser);

    // Nia is told by mail and on her notifications, and starts from either.
    accounts.signInAsAdministrator();
    String mailed = accounts.outboxLink(p.email("nia"));
    assertThat(mailed).matches(".*/learn/\\d+");
    LoginPage.signOut(browser);
    signIn(p, "nia");
    browser.open("/me/notifications");
    assertThat(browser.text("#notices"))
        .contains(p.name("gill") + " enrolled your team")
        .contains(title);
    // She shares the team's audit: a text file named like a PDF is refused beside the field.
    browser.open(teamPage);
    assertThat(browser.text("#no-files")).contains("No files yet");
    browser
        .find("[id='files:file']")
        .sendKeys(
            UnitImagesIT.file(
                    "audit.pdf", "not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString());
    browser.submit("[id='files:upload']");
    assertThat(browser.fieldError("files:file")).contains("Only PDF, PNG and JPEG");
    browser
        .find("[id='files:file']")
        .sendKeys(UnitImagesIT.file("clinic-audit.png", UnitImagesIT.png()).toString());
    browser.submit("[id='files:upload']");
    assertThat(browser.text("#messages")).contains("File added");
    assertThat(browser.text("#file-list")).contains("clinic-audit.png").contains(p.name("nia"));
    String fileLink = browser.find("#file-list a").getAttribute("href");
    assertThat(
            ApiSession.signedIn(base, p.email("fran"), PASSWORD)
                .get(java.net.URI.create(fileLink).getPath())
                .statusCode())
        .as("the network's facilitator opens it")
        .isEqualTo(200);
    assertThat(
            ApiSession.signedIn(base, p.email("omar"), PASSWORD)
                .get(java.net.URI.create(fileLink).getPath())
                .statusCode())
        .as("someone outside the team does not")
        .isEqualTo(404);

    // She may turn off reminders for when she goes quiet (and back on).
    assertThat(browser.text("#reminders")).contains("one friendly reminder");
    browser.submit("[id='nudges:off']");
    assertThat(browser.text("#messages")).contains("Reminders are off");
    browser.submit("[id='nudges:on']");
    assertThat(browser.text("#messages")).contains("Reminders are on");
    browser.open("/me/notifications");
    browser.leaveBy("#notices a.notification-link");
    assertThat(browser.path()).isEqualTo(java.net.URI.create(mailed).getPath());
    browser.submit("[id='done:submit']");
    long enrolment = Long.parseLong(mailed.substring(mailed.lastIndexOf('/') + 1));
    LearnerApi nia = new LearnerApi(ApiSession.signedIn(base, p.email("nia"), PASSWORD));
    List<jakarta.json.JsonObject> units = nia.units(enrolment, 0);
    assertThat(nia.reflect(enrolment, LearnerApi.id(units.get(1)), "My private reflection"))
        .isEqualTo(204);
    long quiz = LearnerApi.id(units.get(2));
    long attempt = nia.startAttempt(enrolment, quiz);
    for (long question : nia.openQuestions(enrolment, quiz)) {
      nia.answer(enrolment, attempt, question, 0);
    }
    assertThat(nia.submit(enrolment, attempt).getBoolean("moduleCompleted")).isTrue();
    LoginPage.signOut(browser);

    // Gill sees who has done what, quizzes as passed, never the answers; Omar joins later and is
    // enrolled on the same learning.
    signIn(p, "gill");
    browser.open(teamPage);
    String niaRow = rowOf(p.name("nia"));
    assertThat(niaRow).contains("100%").contains("Done").contains("Passed");
    assertThat(rowOf(p.name("gill"))).contains("0%").doesNotContain("Passed");
    assertThat(browser.text("#team-learning"))
        .contains("1 of 2 members completed it")
        .doesNotContain("My private reflection");
    browser.type("[id='invite:inviteEmail']", p.email("omar"));
    browser.submit("[id='invite:send']");
    LoginPage.signOut(browser);
    signIn(p, "omar");
    browser.open(teamPage);
    browser.submit("[id='answer:accept']");
    browser.open("/me");
    assertThat(browser.text("#my-learning")).contains(title);
    LoginPage.signOut(browser);
    signIn(p, "gill");
    browser.open(teamPage);
    assertThat(browser.text("#team-learning")).contains("1 of 3 members completed it");
    assertThat(rowOf(p.name("omar"))).contains("0%");
    LoginPage.signOut(browser);

    // Fran, the network's facilitator, sees the teams and members; filtered by profession, the
    // export withholds a group of fewer than five.
    signIn(p, "fran");
    browser.open("/networks/" + network);
    browser.leaveBy("#facilitate-link");
    assertThat(browser.text("#team-table"))
        .contains("Mood in clinic " + p.run())
        .contains(title + ": 1 of 3 members completed it");
    assertThat(browser.text("#member-table"))
        .contains(p.name("nia"))
        .contains(title + ": 100%")
        .contains(p.name("fran"));
    // She nudges quiet members after a week: a number out of range is refused beside the field.
    browser.type("[id='nudging:nudgeDays']", "200");
    browser.submit("[id='nudging:save']");
    assertThat(browser.fieldError("nudging:nudgeDays")).contains("from 3 to 90");
    browser.type("[id='nudging:nudgeDays']", "7");
    browser.submit("[id='nudging:save']");
    assertThat(browser.text("#messages")).contains("Saved");
    assertThat(browser.find("[id='nudging:nudgeDays']").getAttribute("value")).isEqualTo("7");
    browser.choose("#profession", "Practice nurse");
    browser.submit("#filter");
    assertThat(browser.findAll("#member-table tbody tr")).hasSize(1);
    assertThat(browser.text("#member-table")).contains(p.name("nia"));
    assertThat(browser.text("#count-table")).contains("Fewer than 5");
    String csv =
        ApiSession.signedIn(base, p.email("fran"), PASSWORD)
            .get(
                "/api/v1/networks/"
                    + network
                    + "/facilitation.csv?profession=PRACTICE_NURSE&team=&region=")
            .body();
    assertThat(csv).contains("fewer than 5 people: not shown").doesNotContain(p.name("nia"));
    assertThat(
            ApiSession.signedIn(base, p.email("nia"), PASSWORD)
                .get("/api/v1/networks/" + network + "/facilitation.csv")
                .statusCode())
        .as("members do not see the facilitator's view")
        .isIn(403, 404);
    // She puts a guide in the network's library, for teams to draw on.
    browser.open("/networks/" + network + "/library");
    browser.type("[id='resource:title']", "Asking about mood: a guide " + p.run());
    browser.type("[id='resource:summary']", "Two questions that open the conversation.");
    browser.choose("[id='resource:kind']", "Guidance");
    browser.type("[id='resource:url']", "https://example.org/mood-guide-" + p.run());
    browser.submit("[id='resource:submit']");
    LoginPage.signOut(browser);

    // Gill writes the team's plan from the team's page (its problem comes from the team): the aim
    // and the measures are asked for beside their fields.
    signIn(p, "gill");
    browser.open(teamPage);
    assertThat(browser.text("#team-plan")).contains("no plan yet");
    browser.leaveBy("#open-plan");
    String planPage = browser.path();
    assertThat(planPage).isEqualTo(teamPage + "/plan");
    ActionPlanPage plan = new ActionPlanPage(browser);
    plan.write("", "");
    assertThat(browser.fieldError("plan:planAim")).contains("measurable aim");
    assertThat(browser.fieldError("plan:planMeasures")).contains("how you will measure");
    String aim = "Ask about mood at every long-term condition review by March " + p.run();
    plan.write(aim, "Share of reviews with mood recorded, from the practice system, monthly");
    assertThat(plan.messages()).contains("The plan is saved");

    // An action due yesterday is refused beside its date; two are added, one for Nia.
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    String template = "Add the mood questions to the review template";
    String referral = "Agree a referral route with talking therapies";
    plan.addAction(template, p.name("nia"), today.minusDays(1));
    assertThat(browser.fieldError("action:actionDue")).contains("cannot be in the past");
    plan.addAction(template, p.name("nia"), today);
    plan.addAction(referral, p.name("gill"), today.plusDays(14));
    assertThat(plan.actions()).contains(p.name("nia")).contains("Practice nurse").contains("Open");
    plan.linkResource("Asking about mood: a guide " + p.run());
    assertThat(browser.text("#resource-list")).contains("Asking about mood: a guide");
    plan.finish();
    assertThat(plan.messages()).contains("Every action must be done");
    LoginPage.signOut(browser);

    // Nia finds the plan on the team's page and reports her action done; she does not lead.
    signIn(p, "nia");
    browser.open(teamPage);
    assertThat(browser.text("#team-plan")).contains(aim).contains("0 of 2 actions done");
    browser.leaveBy("#open-plan");
    assertThat(browser.findAll("[id='finishing:finish']")).as("only leads finish it").isEmpty();
    plan.update(template, "Template changed: 31 of 40 reviews asked about mood.", true);
    assertThat(plan.messages()).contains("The update is posted");
    assertThat(browser.text("#update-list")).contains("31 of 40").contains(p.name("nia"));
    LoginPage.signOut(browser);

    // Gill reports hers, marks the plan done and turns it into a case-study draft.
    signIn(p, "gill");
    browser.open(planPage);
    plan.update(referral, "Direct referrals agreed with the service.", true);
    assertThat(plan.finish()).contains("can no longer be changed");
    assertThat(browser.text("#plan-status")).contains("Done").contains("2 of 2 actions done");
    assertThat(plan.turnIntoCaseStudy()).contains("co-author");
    String draftPage = browser.path();
    assertThat(draftPage).matches("/case-studies/[a-z0-9-]+/edit");
    assertThat(browser.text("#messages")).contains("draft is started");
    CaseStudyEditorPage study = new CaseStudyEditorPage(browser);
    assertThat(study.value("problem")).contains("Low mood goes unasked");
    assertThat(study.value("intervention")).contains(template).contains("31 of 40");
    assertThat(study.value("outcomes")).contains("Share of reviews with mood recorded");
    assertThat(browser.text("#co-authors"))
        .contains(p.name("nia") + " (Practice nurse) · asked")
        .contains(p.name("omar"));
    study.fill("lessons", "Asking is quick once it is on the template.").submitForReview();
    LoginPage.signOut(browser);

    // Nia is asked by mail, reads the draft and agrees to be named; Omar does not answer.
    accounts.signInAsAdministrator();
    assertThat(accounts.outboxLink(p.email("nia"))).endsWith(draftPage);
    LoginPage.signOut(browser);
    signIn(p, "nia");
    browser.open(draftPage);
    assertThat(browser.text("#co-authorship")).contains("asked to be named");
    assertThat(browser.text("#draft-intervention")).contains("Direct referrals agreed");
    assertThat(browser.findAll("[id='study:save']")).as("the author writes it").isEmpty();
    browser.submit("[id='coAuthor:agree']");
    assertThat(browser.text("#messages")).contains("you will be named");
    assertThat(browser.text("#co-authors")).contains(p.name("nia") + " (Practice nurse) · agreed");
    LoginPage.signOut(browser);

    // Fran reviews for her network's members and checks it; an administrator publishes it.
    signIn(p, "fran");
    browser.open("/case-studies/review");
    String review =
        browser.findAll("a.review-link").stream()
            .filter(a -> a.getText().equals(aim))
            .findFirst()
            .orElseThrow(() -> new AssertionError("The draft is not on Fran's review desk"))
            .getAttribute("href");
    browser.open(
        java.net.URI.create(review).getPath() + "?" + java.net.URI.create(review).getQuery());
    assertThat(browser.text("#review-title")).isEqualTo(aim);
    for (int item = 0; item < 3; item++) {
      browser.find("[id='decide:checks:" + item + "']").click();
    }
    browser.submit("[id='decide:check']");
    assertThat(browser.text("#checked-by")).contains("Another reviewer publishes it");
    LoginPage.signOut(browser);
    accounts.signInAsAdministrator();
    browser.open(
        java.net.URI.create(review).getPath() + "?" + java.net.URI.create(review).getQuery());
    browser.find("[id='decide:publish']").click();
    browser.waitFor("[id='decide:confirmYes']");
    browser.submit("[id='decide:confirmYes']");
    assertThat(browser.pageText()).contains("Published.");
    LoginPage.signOut(browser);

    // The public page names Gill and Nia, who agreed, and not Omar, who did not answer.
    browser.open(draftPage.replace("/edit", ""));
    assertThat(browser.text("#study-title")).isEqualTo(aim);
    assertThat(browser.text("#written-by"))
        .contains(p.name("gill"))
        .contains(p.name("nia"))
        .doesNotContain(p.name("omar"));
  }

  @Test
  void theStarterNetworkShowsItsExampleTeamsToItsFacilitators() {
    new TestAccounts(browser).signInAsAdministrator();
    browser.open("/networks/integrating-physical-and-mental-health-care/facilitate");
    assertThat(browser.text("#team-table"))
        .contains("Riverside long-term conditions team (example)")
        .contains("Valley physical health checks team (example)")
        .contains("0 of 4 members completed it");
    browser.open(
        java.net
            .URI
            .create(
                browser.findAll("#team-table a").stream()
                    .filter(a -> a.getText().startsWith("Riverside"))
                    .findFirst()
                    .orElseThrow()
                    .getAttribute("href"))
            .getPath());
    assertThat(browser.text("#team-members"))
        .contains("Amira Shah (example)")
        .contains("Pharmacist");
    assertThat(browser.findAll("#one-profession")).as("a mix of professions").isEmpty();

    // Its plan is in progress: one action done, one overdue (shown on the team's page), one to
    // come.
    assertThat(browser.text("#team-plan")).contains("1 of 3 actions done").contains("Overdue");
    assertThat(browser.text("#team-overdue"))
        .contains("Agree a direct referral route with NHS Talking Therapies")
        .doesNotContain("Audit a month");
    browser.leaveBy("#open-plan");
    assertThat(browser.text("#overdue-notice")).contains("1 action(s) past the due date");
    assertThat(browser.text("#action-table")).contains("Bethan Morgan (example)").contains("Done");
    assertThat(browser.text("#update-list")).contains("31 of 40 reviews");
    assertThat(browser.findAll("[id='plan:save']")).as("facilitators read the plan").isEmpty();
  }

  /** Starts a team from the network's page as the signed-in member; answers the team's page. */
  private String startTeam(String network, String name) {
    browser.open("/networks/" + network);
    browser.find("#start-team summary").click();
    browser.type("[id='newTeam:teamName']", name);
    browser.type("[id='newTeam:teamPlace']", "Riverside Primary Care Network");
    browser.type("[id='newTeam:teamProblem']", "Low mood goes unasked at long-term reviews.");
    browser.submit("[id='newTeam:create']");
    assertThat(browser.text("#messages")).contains("Team started");
    return browser.path();
  }

  /** The text of a member's row in the team's progress table. */
  private String rowOf(String name) {
    return browser.findAll(".team-progress tbody tr").stream()
        .map(org.openqa.selenium.WebElement::getText)
        .filter(text -> text.startsWith(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No progress row for " + name));
  }
}
