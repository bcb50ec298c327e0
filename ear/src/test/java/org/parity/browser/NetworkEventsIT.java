package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * Network events, end to end: a facilitator plans one in the browser (refused input is marked
 * beside each field and saves nothing), members register until it is full and then queue, a
 * cancelled place goes to the first person waiting, who is told by mail; the calendars carry the
 * event in its zone; the facilitator marks attendance, which lands in the member's CPD log once;
 * members cannot mark it; a closed network's events stay with its members; cancelling an event
 * tells everyone registered or waiting.
 */
class NetworkEventsIT extends MailedBrowserTest {

  private static final String PASSWORD = "lantern orchard pebble 47";
  private static final String STARTER = "integrating-physical-and-mental-health-care";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static JsonObject json(HttpResponse<String> response) {
    return LearnerApi.json(response);
  }

  @Test
  void aFacilitatorRunsAnEventFromPlanningToAttendance() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String fac = "ev-fac-" + run + "@example.org";
    String ana = "ev-ana-" + run + "@example.org";
    String ben = "ev-ben-" + run + "@example.org";
    String cara = "ev-cara-" + run + "@example.org";
    String olu = "ev-olu-" + run + "@example.org";
    String open = "events-" + run;
    String closed = "events-closed-" + run;
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(fac, "Fola Host " + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    accounts.create(ana, "Ana Event " + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    accounts.create(ben, "Ben Event " + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    accounts.create(cara, "Cara Event " + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    accounts.create(olu, "Olu Outside " + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    ApiSession admin =
        ApiSession.signedIn(
            base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    String network =
        "{\"slug\":\"%s\",\"name\":\"%s\",\"description\":\"Events test.\",\"open\":%s,"
            + "\"facilitators\":[\"%s\"]}";
    assertThat(
            admin
                .postJson("/api/v1/networks", network.formatted(open, "Events " + run, "true", fac))
                .statusCode())
        .isEqualTo(201);
    assertThat(
            admin
                .postJson(
                    "/api/v1/networks",
                    network.formatted(closed, "Closed events " + run, "false", fac))
                .statusCode())
        .isEqualTo(201);
    ApiSession facApi = ApiSession.signedIn(base, fac, PASSWORD);
    ApiSession anaApi = ApiSession.signedIn(base, ana, PASSWORD);
    ApiSession benApi = ApiSession.signedIn(base, ben, PASSWORD);
    ApiSession caraApi = ApiSession.signedIn(base, cara, PASSWORD);
    ApiSession oluApi = ApiSession.signedIn(base, olu, PASSWORD);
    for (ApiSession member : List.of(anaApi, benApi, caraApi)) {
      assertThat(member.post("/api/v1/networks/" + open + "/join").body()).contains("ACTIVE");
    }
    String eventsApi = "/api/v1/networks/" + open + "/events";

    // Planned to start in half an hour (so members can still register and the facilitator can
    // already mark attendance at the door), London time.
    ZonedDateTime start = ZonedDateTime.now(LONDON).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
    ZonedDateTime end = start.plusMinutes(90);
    String title = "Diabetes and depression clinic " + run;
    String eventPath;
    new LoginPage(browser).open().signIn(fac, PASSWORD);
    browser.open("/networks/" + open + "/events");
    assertThat(browser.text("#no-events")).contains("No events are planned yet");

    // Refused input: every problem beside its field, and nothing saved.
    setValue(browser, "[id='event:start']", local(start));
    setValue(browser, "[id='event:end']", local(end));
    browser.type("[id='event:timeZone']", "Mars/Olympus_Mons");
    browser.type("[id='event:venue']", "Room 4, Northfield House");
    browser.type("[id='event:capacity']", "0");
    browser.submit("[id='event:submit']");
    assertThat(browser.fieldError("event:title")).isEqualTo("Give the event a title.");
    assertThat(browser.fieldError("event:timeZone")).contains("not a time zone we know");
    assertThat(browser.fieldError("event:capacity")).contains("whole number from 1");
    browser.type("[id='event:title']", title);
    browser.type("[id='event:timeZone']", "Europe/London");
    setValue(browser, "[id='event:end']", local(start.minusMinutes(30)));
    browser.submit("[id='event:submit']");
    assertThat(browser.fieldError("event:end")).isEqualTo("The event must end after it starts.");
    assertThat(json(facApi.get(eventsApi)).getJsonArray("upcoming")).isEmpty();

    // Speakers are added and removed in place; the one from outside needs no account.
    browser.ajaxClick("[id='event:addSpeaker']");
    browser.ajaxClick("[id='event:addSpeaker']");
    assertThat(browser.findAll("[id$=':removeSpeaker']")).hasSize(2);
    browser.ajaxClick("[id='event:speakers:1:removeSpeaker']");
    assertThat(browser.findAll("[id$=':removeSpeaker']")).hasSize(1);
    browser.type("[id='event:speakers:0:name']", "Dr Rhian Price");
    browser.type("[id='event:speakers:0:affiliation']", "Consultant liaison psychiatrist (demo)");
    setValue(browser, "[id='event:end']", local(end));
    browser.type("[id='event:capacity']", "2");
    browser.type("[id='event:onlineUrl']", "https://meet.example.org/parity/" + run);
    browser.type("[id='event:description']", "Screening for depression at the annual review.");
    browser.submit("[id='event:submit']");

    assertThat(browser.path()).matches("/networks/" + open + "/events/\\d+");
    eventPath = browser.path();
    assertThat(browser.text("#messages")).contains("The event has been saved");
    assertThat(browser.text("#event-title")).isEqualTo(title);
    assertThat(browser.text("#event-when"))
        .contains(DateTimeFormatter.ofPattern("HH:mm").format(start))
        .contains(DateTimeFormatter.ofPattern("HH:mm").format(end));
    assertThat(browser.text("#event-zone")).contains("Europe/London");
    assertThat(browser.text("#speakers"))
        .contains("Dr Rhian Price")
        .contains("Consultant liaison psychiatrist (demo)");
    assertThat(browser.text("#event-places")).contains("2 places left of 2");
    long eventId = Long.parseLong(eventPath.substring(eventPath.lastIndexOf('/') + 1));
    String eventApi = "/api/v1" + eventPath;

    // Two places, then the waiting list; nobody registers twice.
    assertThat(anaApi.post(eventApi + "/registration").body()).contains("REGISTERED");
    assertThat(anaApi.post(eventApi + "/registration").statusCode()).isEqualTo(409);
    assertThat(benApi.post(eventApi + "/registration").body()).contains("REGISTERED");
    try (Browser caraBrowser = new Browser(base)) {
      new LoginPage(caraBrowser).open().signIn(cara, PASSWORD);
      caraBrowser.open(eventPath);
      assertThat(caraBrowser.text("#event-places")).contains("Full");
      assertThat(caraBrowser.text("#event-where"))
          .contains("link is shown here once you have a place");
      caraBrowser.submit("[id='register:submit']");
      assertThat(caraBrowser.text("#messages")).contains("waiting list");
      assertThat(caraBrowser.text("#my-registration"))
          .contains("You are number 1 on the waiting list");
    }

    // Ben gives up his place: Cara, first in line, has it and is told.
    assertThat(benApi.post(eventApi + "/cancel-registration").statusCode()).isEqualTo(204);
    MimeMessage promoted = MailLinks.awaitMail(mail, cara, 1);
    assertThat(promoted.getSubject()).isEqualTo("You have a place: " + title);
    assertThat(body(promoted)).contains("first on the waiting list");
    JsonObject asCara = json(caraApi.get(eventApi));
    assertThat(asCara.getJsonObject("summary").getString("myStatus")).isEqualTo("REGISTERED");
    assertThat(asCara.getString("onlineUrl")).isEqualTo("https://meet.example.org/parity/" + run);

    // The calendars: the network's feed and the event's own file, in London time.
    String dtstart =
        "DTSTART;TZID=Europe/London:"
            + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'00'").format(start);
    for (String path :
        List.of(
            "/networks/" + open + "/events.ics",
            "/networks/" + open + "/events/" + eventId + ".ics")) {
      HttpResponse<String> ics = ApiSession.anonymous(base).get(path);
      assertThat(ics.statusCode()).as(path).isEqualTo(200);
      assertThat(ics.headers().firstValue("Content-Type").orElse(""))
          .startsWith("text/calendar")
          .containsIgnoringCase("charset=UTF-8");
      List<String> lines = Arrays.asList(ics.body().split("\r\n"));
      assertThat(lines)
          .contains(
              "BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:" + title, dtstart, "STATUS:CONFIRMED")
          .contains("TZID:Europe/London")
          .anyMatch(line -> line.startsWith("UID:network-event-" + eventId + "@"));
    }

    // Members do not mark attendance; the facilitator does, at the door, in the browser.
    long anaRegistration = registrationOf(json(facApi.get(eventApi)), "Ana Event " + run);
    String mark = "{\"attendance\":[{\"registration\":" + anaRegistration + ",\"attended\":true}]}";
    assertThat(anaApi.postJson(eventApi + "/attendance", mark).statusCode()).isEqualTo(403);
    try (Browser facBrowser = new Browser(base)) {
      new LoginPage(facBrowser).open().signIn(fac, PASSWORD);
      facBrowser.open(eventPath);
      assertThat(facBrowser.text("#registrants"))
          .contains("Ana Event " + run)
          .contains("Cara Event " + run)
          .doesNotContain("Ben Event " + run);
      facBrowser
          .driver()
          .findElement(
              By.xpath(
                  "//tr[td[@class='registrant-name' and normalize-space()='Ana Event "
                      + run
                      + "']]//input[@type='checkbox']"))
          .click();
      facBrowser.submit("[id='attendance:save']");
      assertThat(facBrowser.text("#messages")).contains("Attendance saved");
    }
    assertThat(facApi.postJson(eventApi + "/attendance", mark).body())
        .as("marking twice changes nothing")
        .contains("\"changed\":0");
    LocalDate today = LocalDate.now(LONDON);
    String cpd =
        anaApi
            .get("/api/v1/me/cpd.csv?from=" + today.minusDays(1) + "&to=" + today.plusDays(1))
            .body();
    assertThat(cpd.lines().filter(line -> line.contains(title))).hasSize(1);
    assertThat(cpd.lines().filter(line -> line.contains(title)).findFirst().orElseThrow())
        .as("an event is participatory learning")
        .contains(",yes,EVENT");
    assertThat(cpd).contains("Events " + run);
    assertThat(
            benApi
                .get("/api/v1/me/cpd.csv?from=" + today.minusDays(1) + "&to=" + today.plusDays(1))
                .body())
        .doesNotContain(title);
    assertThat(facApi.postJson(eventApi + "/cancel", "{\"reason\":\"Too late\"}").statusCode())
        .as("attendance is recorded: the event happened")
        .isEqualTo(409);

    // The network's page shows what comes next.
    try (Browser visitor = new Browser(base)) {
      visitor.open("/networks/" + open);
      assertThat(visitor.text("#next-event")).contains(title);
      visitor.submit("#all-events-link");
      assertThat(visitor.text("#upcoming-events")).contains(title);
    }

    // A closed network's events are for its members alone.
    String closedEvents = "/api/v1/networks/" + closed + "/events";
    HttpResponse<String> secret =
        facApi.postJson(closedEvents, eventJson("Leads only " + run, start.plusDays(7), 10));
    assertThat(secret.statusCode()).as(secret.body()).isEqualTo(201);
    long secretId = json(secret).getJsonNumber("id").longValue();
    assertThat(oluApi.get(closedEvents).statusCode()).isEqualTo(403);
    assertThat(oluApi.get(closedEvents + "/" + secretId).statusCode()).isEqualTo(403);
    assertThat(oluApi.post(closedEvents + "/" + secretId + "/registration").statusCode())
        .isEqualTo(403);
    for (String page :
        List.of(
            "/networks/" + closed + "/events",
            "/networks/" + closed + "/events/" + secretId,
            "/networks/" + closed + "/events.ics",
            "/networks/" + closed + "/events/" + secretId + ".ics")) {
      assertThat(oluApi.get(page).statusCode()).as(page).isEqualTo(404);
      assertThat(ApiSession.anonymous(base).get(page).statusCode()).as(page).isEqualTo(404);
    }
    assertThat(facApi.get("/networks/" + closed + "/events.ics").body())
        .contains("SUMMARY:Leads only " + run);

    // Bad input over the API: every field named, nothing made.
    HttpResponse<String> refused =
        facApi.postJson(
            eventsApi,
            "{\"title\":\" \",\"start\":\"2030-01-01T10:00\",\"end\":\"2030-01-01T09:00\","
                + "\"timeZone\":\"Europe/London\",\"venue\":\"Leeds\",\"capacity\":0}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).getJsonObject("errors").keySet()).contains("title", "end", "capacity");

    // Cancelling an event, with a reason, tells everyone registered or waiting.
    String second = "Pain and low mood " + run;
    HttpResponse<String> created =
        facApi.postJson(eventsApi, eventJson(second, start.plusDays(2), 1));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long secondId = json(created).getJsonNumber("id").longValue();
    String secondApi = eventsApi + "/" + secondId;
    assertThat(anaApi.post(secondApi + "/registration").body()).contains("REGISTERED");
    assertThat(benApi.post(secondApi + "/registration").body()).contains("WAITING");

    // A change: a second place goes to Ben, who waited; Ana hears of the new time.
    HttpResponse<String> changed =
        facApi.putJson(secondApi, eventJson(second, start.plusDays(2).plusHours(1), 2));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    assertThat(awaitSubject(ben, "You have a place: " + second)).isNotNull();
    assertThat(body(awaitSubject(ana, "Changed: " + second)))
        .contains(DateTimeFormatter.ofPattern("HH:mm").format(start.plusHours(1)));
    assertThat(json(benApi.get(secondApi)).getJsonObject("summary").getString("myStatus"))
        .isEqualTo("REGISTERED");
    assertThat(facApi.putJson(secondApi, eventJson(second, start.plusDays(2), 1)).body())
        .as("two people have places")
        .contains("event.capacity.belowTaken");
    try (Browser facBrowser = new Browser(base)) {
      new LoginPage(facBrowser).open().signIn(fac, PASSWORD);
      facBrowser.open("/networks/" + open + "/events/" + secondId);
      confirm(facBrowser, "[id='cancel:submit']");
      assertThat(facBrowser.fieldError("cancel:reason")).contains("Say why");
      facBrowser.type("[id='cancel:reason']", "Our speaker is unwell; we will plan a new date.");
      confirm(facBrowser, "[id='cancel:submit']");
      assertThat(facBrowser.text("#messages")).contains("has been cancelled");
      assertThat(facBrowser.text("#cancelled-notice")).contains("Our speaker is unwell");
    }
    for (String person : List.of(ana, ben)) {
      MimeMessage told =
          MailLinks.to(mail, person).stream()
              .filter(m -> subject(m).equals("Cancelled: " + second))
              .findFirst()
              .orElseGet(() -> awaitSubject(person, "Cancelled: " + second));
      assertThat(body(told)).contains("Our speaker is unwell");
    }
    assertThat(
            ApiSession.anonymous(base)
                .get("/networks/" + open + "/events/" + secondId + ".ics")
                .body())
        .contains("STATUS:CANCELLED");
    assertThat(caraApi.post(secondApi + "/registration").statusCode()).isEqualTo(409);

    // The starter network has an event to come, with a speaker from outside Parity.
    JsonObject starter =
        json(ApiSession.anonymous(base).get("/api/v1/networks/" + STARTER + "/events"));
    long starterEvent =
        starter.getJsonArray("upcoming").getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("title").startsWith("Physical health checks"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No starter event: " + starter))
            .getJsonNumber("id")
            .longValue();
    JsonObject starterDetail =
        json(
            ApiSession.anonymous(base)
                .get("/api/v1/networks/" + STARTER + "/events/" + starterEvent));
    assertThat(starterDetail.getJsonArray("speakers")).isNotEmpty();
    assertThat(starterDetail.getJsonArray("speakers").getJsonObject(0).getBoolean("member"))
        .isFalse();
  }

  private MimeMessage awaitSubject(String person, String subject) {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(() -> MailLinks.to(mail, person).stream().anyMatch(m -> subject(m).equals(subject)));
    return MailLinks.to(mail, person).stream()
        .filter(m -> subject(m).equals(subject))
        .findFirst()
        .orElseThrow();
  }

  /** The mail's text, soft line breaks of quoted-printable undone. */
  private static String body(MimeMessage message) {
    return GreenMailUtil.getBody(message).replace("=\r\n", "");
  }

  private static String subject(MimeMessage message) {
    try {
      return String.valueOf(message.getSubject());
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  private static String eventJson(String title, ZonedDateTime start, int capacity) {
    return "{\"title\":\""
        + title
        + "\",\"start\":\""
        + local(start)
        + "\",\"end\":\""
        + local(start.plusHours(1))
        + "\",\"timeZone\":\"Europe/London\",\"venue\":\"Leeds General Infirmary\",\"capacity\":"
        + capacity
        + ",\"speakers\":[{\"name\":\"Sam Okoro\",\"affiliation\":\"Pain specialist (demo)\"}]}";
  }

  private static long registrationOf(JsonObject detail, String name) {
    return detail.getJsonArray("registered").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("displayName").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not registered: " + detail))
        .getJsonNumber("id")
        .longValue();
  }

  /** The value a datetime-local field sends: 2026-12-22T18:30. */
  private static String local(ZonedDateTime time) {
    return LocalDateTime.from(time).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  /** Date and time fields take their value as a browser sets it, not as keys typed. */
  private static void setValue(Browser browser, String css, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
  }

  /** Presses a button that asks first, and says yes. */
  private static void confirm(Browser browser, String css) {
    browser.find(css).click();
    browser.waitFor("[id='confirm:yes']");
    browser.submit("[id='confirm:yes']");
  }
}
