package org.parity.network.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.parity.platform.web.LocaleSelection;

/**
 * An event's times as its pages show them: clock times in the event's own zone, in the reader's
 * language, labelled with the zone ("Europe/London, GMT") so nobody reads them as their own.
 */
@Named("eventTimes")
@RequestScoped
public class EventTimeLabels {

  private static final List<String> ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
          .sorted()
          .toList();

  @Inject LocaleSelection locale;

  /** "Tuesday 22 December 2026, 18:30 to 20:00", or both dates when it runs past midnight. */
  public String when(LocalDateTime start, LocalDateTime end) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale.getLocale());
    DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm", locale.getLocale());
    String to = locale.isWelsh() ? " i " : " to ";
    if (start.toLocalDate().equals(end.toLocalDate())) {
      return day.format(start) + ", " + clock.format(start) + to + clock.format(end);
    }
    return day.format(start)
        + ", "
        + clock.format(start)
        + to
        + day.format(end)
        + ", "
        + clock.format(end);
  }

  /** "22 Dec 2026, 18:30", for lists. */
  public String day(LocalDateTime start) {
    return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale.getLocale()).format(start);
  }

  /** "Europe/London, GMT": the zone's name and what its clocks are called at that moment. */
  public String zone(String zone, Instant at) {
    ZoneId id = ZoneId.of(zone);
    String abbreviation =
        DateTimeFormatter.ofPattern("zzz", locale.getLocale()).format(at.atZone(id));
    return abbreviation.equals(zone) ? zone : zone + ", " + abbreviation;
  }

  /** The tz database's zone names, offered as suggestions by the zone field. */
  public List<String> getZones() {
    return ZONES;
  }
}
