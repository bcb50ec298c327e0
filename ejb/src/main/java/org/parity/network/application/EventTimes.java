package org.parity.network.application;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.parity.network.domain.NetworkEvent;

/**
 * An event's time in words for mail, as a clock in its own zone shows it, labelled with the zone.
 */
final class EventTimes {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private EventTimes() {}

  /** "on Tuesday 22 December 2026 from 18:30 to 20:00 (Europe/London time)". */
  static String inWords(NetworkEvent event) {
    ZonedDateTime start = event.getStartsAt().atZone(event.zone());
    ZonedDateTime end = event.getEndsAt().atZone(event.zone());
    String zone = " (" + event.getTimeZone() + " time)";
    if (start.toLocalDate().equals(end.toLocalDate())) {
      return "on "
          + DAY.format(start)
          + " from "
          + CLOCK.format(start)
          + " to "
          + CLOCK.format(end)
          + zone;
    }
    return "from "
        + DAY.format(start)
        + ", "
        + CLOCK.format(start)
        + " to "
        + DAY.format(end)
        + ", "
        + CLOCK.format(end)
        + zone;
  }
}
