package org.parity.network.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class EventCalendarTest {

  private static final Instant CREATED = Instant.parse("2026-11-25T10:00:00.123456Z");

  private static EventCalendar.Entry entry(long id, String zone, boolean cancelled) {
    return new EventCalendar.Entry(
        id,
        "Health checks; SMI, primary care",
        "Café talk\nSecond line with a backslash \\ and more words to make it longer than a line",
        Instant.parse("2026-12-22T18:30:00Z"),
        Instant.parse("2026-12-22T20:00:00Z"),
        ZoneId.of(zone),
        "Online",
        "https://parity.example.org/networks/n/events/" + id,
        cancelled,
        cancelled ? 1 : 0,
        CREATED,
        CREATED);
  }

  @Test
  void eventsCarryTheirZoneWithItsDefinition() throws Exception {
    String ics =
        EventCalendar.write(
            "Network · events",
            List.of(entry(7, "Europe/London", false), entry(8, "Europe/London", true)),
            "parity.example.org");

    List<String> lines = Arrays.asList(ics.split("\r\n"));
    assertThat(lines)
        .startsWith("BEGIN:VCALENDAR")
        .contains(
            "VERSION:2.0",
            "BEGIN:VEVENT",
            "UID:network-event-7@parity.example.org",
            "DTSTAMP:20261125T100000Z",
            "DTSTART;TZID=Europe/London:20261222T183000",
            "DTEND;TZID=Europe/London:20261222T200000",
            "SUMMARY:Health checks\\; SMI\\, primary care",
            "STATUS:CONFIRMED",
            "STATUS:CANCELLED",
            "URL:https://parity.example.org/networks/n/events/7",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London")
        .endsWith("END:VCALENDAR");
    assertThat(lines.stream().filter("BEGIN:VTIMEZONE"::equals)).as("one a zone").hasSize(1);
    assertThat(lines)
        .as("folded at 75 octets")
        .allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);

    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    assertThat(parsed.validate().getEntries()).as("valid by RFC 5545").isEmpty();
    List<VEvent> events = parsed.getComponents("VEVENT");
    assertThat(events).hasSize(2);
    assertThat(events.get(0).getSummary().getValue()).isEqualTo("Health checks; SMI, primary care");
    assertThat(events.get(0).getDescription().getValue())
        .isEqualTo(
            "Café talk\nSecond line with a backslash \\ and more words to make it longer than a"
                + " line");
  }

  @Test
  void aZoneWithoutDaylightSavingOrAFixedOffsetIsWrittenInUtc() {
    String utc = EventCalendar.write("N", List.of(entry(1, "UTC", false)), "p");
    assertThat(utc).contains("DTSTART:20261222T183000Z").doesNotContain("VTIMEZONE");
    String offset = EventCalendar.write("N", List.of(entry(1, "+02:00", false)), "p");
    assertThat(offset).contains("DTSTART:20261222T183000Z");
  }

  @Test
  void anAliasIsWrittenAsTheZoneItStandsFor() {
    String ics = EventCalendar.write("N", List.of(entry(1, "Europe/Belfast", false)), "p");
    assertThat(ics).contains("DTSTART;TZID=Europe/London:20261222T183000");
  }

  @Test
  void longLinesFoldAt75OctetsNeverInsideACharacter() {
    String title = "Iechyd corfforol a meddyliol: ŵyl ŷd ✓ ".repeat(6);
    String ics =
        EventCalendar.write(
            "N",
            List.of(
                new EventCalendar.Entry(
                    1,
                    title,
                    null,
                    Instant.parse("2026-12-22T18:30:00Z"),
                    Instant.parse("2026-12-22T20:00:00Z"),
                    ZoneId.of("UTC"),
                    null,
                    null,
                    false,
                    0,
                    CREATED,
                    CREATED)),
            "p");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:" + title.strip());
  }

  @Test
  void anEmptyCalendarIsStillACalendar() {
    String ics = EventCalendar.write("N", List.of(), "p");
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
  }
}
