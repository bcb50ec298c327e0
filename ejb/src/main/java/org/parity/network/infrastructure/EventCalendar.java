package org.parity.network.infrastructure;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes events as an iCalendar (RFC 5545) document with iCal4j, which escapes text and checks the
 * result. A plain calendar, without an iTIP METHOD: it is read and subscribed to, not sent as an
 * invitation. Times carry their zone (DTSTART;TZID=Europe/London:…) with a VTIMEZONE for each zone
 * used, taken from iCal4j's bundled tz database; a zone it does not know, or a fixed offset, is
 * written in UTC instead, which every calendar reads the same way.
 */
public final class EventCalendar {

  private static final String PRODUCT = "-//Parity//Network events//EN";

  /** Longest content line, in octets, before it is folded. */
  private static final int LINE_OCTETS = 75;

  /** A fold length iCal4j never reaches, so that {@link #fold} alone folds. */
  private static final int UNFOLDED = Integer.MAX_VALUE;

  /** One event as a calendar shows it. */
  public record Entry(
      long id,
      String title,
      String description,
      Instant startsAt,
      Instant endsAt,
      ZoneId zone,
      String location,
      String pageUrl,
      boolean cancelled,
      int sequence,
      Instant created,
      Instant updated) {}

  private EventCalendar() {}

  /**
   * The calendar named {@code name} holding these events. {@code uidDomain} makes each event's UID
   * unique in the world and stable across downloads (network-event-42@parity.example.org).
   */
  public static String write(String name, List<Entry> entries, String uidDomain) {
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    Map<String, TimeZone> zonesUsed = new LinkedHashMap<>();
    for (Entry entry : entries) {
      TimeZone zone = calendarZone(registry, entry.zone());
      if (zone != null) {
        zonesUsed.putIfAbsent(zone.getID(), zone);
      }
      calendar.add(event(entry, zone, uidDomain));
    }
    zonesUsed.values().forEach(zone -> calendar.add(zone.getVTimeZone()));
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true, UNFOLDED).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("Parity wrote an invalid calendar: " + e.getMessage(), e);
    }
    return fold(out.toString());
  }

  /**
   * Folds each content line at 75 octets of UTF-8, as RFC 5545 (3.1) asks, never inside a
   * character. iCal4j folds at 75 characters, which an accented name or a non-Latin title takes
   * well past 75 octets; so it writes lines whole and they are folded here.
   */
  static String fold(String unfolded) {
    StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 50);
    for (String line : unfolded.split("\r\n")) {
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        int size = utf8Length(codePoint);
        if (octets + size > LINE_OCTETS) {
          folded.append("\r\n ");
          octets = 1;
        }
        folded.appendCodePoint(codePoint);
        octets += size;
        i += Character.charCount(codePoint);
      }
      folded.append("\r\n");
    }
    return folded.toString();
  }

  private static int utf8Length(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }

  private static VEvent event(Entry entry, TimeZone zone, String uidDomain) {
    VEvent event = new VEvent(false);
    event.add(new Uid("network-event-" + entry.id() + "@" + uidDomain));
    event.add(new DtStamp(seconds(entry.updated())));
    event.add(new DtStart<>(time(entry.startsAt(), zone)));
    event.add(new DtEnd<>(time(entry.endsAt(), zone)));
    event.add(new Summary(entry.title()));
    if (entry.description() != null && !entry.description().isBlank()) {
      event.add(new Description(entry.description()));
    }
    if (entry.location() != null && !entry.location().isBlank()) {
      event.add(new Location(entry.location()));
    }
    if (entry.pageUrl() != null) {
      event.add(new Url(URI.create(entry.pageUrl())));
    }
    event.add(
        entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    event.add(new Sequence(entry.sequence()));
    event.add(new Created(seconds(entry.created())));
    event.add(new LastModified(seconds(entry.updated())));
    return event;
  }

  /** The moment as a clock time in the calendar's zone, or in UTC when there is none. */
  private static Temporal time(Instant instant, TimeZone zone) {
    Instant second = seconds(instant);
    return zone == null ? second : ZonedDateTime.ofInstant(second, ZoneId.of(zone.getID()));
  }

  /**
   * The calendar's zone for an event's zone: the tz database's own entry (an alias such as
   * Europe/Belfast answers with the zone it stands for, whose clock is the same), or null for UTC,
   * a fixed offset or a zone the bundled database lacks.
   */
  static TimeZone calendarZone(TimeZoneRegistry registry, ZoneId zone) {
    if (zone instanceof ZoneOffset || zone.getRules().isFixedOffset()) {
      return null;
    }
    try {
      TimeZone found = registry.getTimeZone(zone.getId());
      return found == null || found.getVTimeZone() == null ? null : found;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Instant seconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS);
  }
}
