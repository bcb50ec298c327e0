package org.parity.network.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a facilitator says about an event: its title and description, when it starts and ends as
 * clock times in a named time zone, where it happens (an https link, a venue, or both) and how many
 * places it has. {@link #problems} says, field by field, what is wrong with it.
 */
public record EventDetails(
    String title,
    String description,
    LocalDateTime start,
    LocalDateTime end,
    String timeZone,
    String onlineUrl,
    String venue,
    Integer capacity) {

  public static final int TITLE_LIMIT = 200;
  public static final int DESCRIPTION_LIMIT = 5_000;
  public static final int PLACE_LIMIT = 500;
  public static final int MOST_PLACES = 10_000;
  public static final Duration LONGEST = Duration.ofHours(24);

  /** The same details with text trimmed and blanks as null. */
  public EventDetails {
    title = trim(title);
    description = trim(description);
    timeZone = trim(timeZone);
    onlineUrl = trim(onlineUrl);
    venue = trim(venue);
  }

  /**
   * What is wrong, field by field (message keys). {@code now} decides whether the start has passed;
   * a start left as it was ({@code unchangedStart}) may be in the past, so an event under way can
   * still have its description corrected.
   */
  public Map<String, String> problems(Instant now, Instant unchangedStart) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (title == null) {
      problems.put("title", "event.title.required");
    } else if (title.length() > TITLE_LIMIT) {
      problems.put("title", "event.title.long");
    }
    if (description != null && description.length() > DESCRIPTION_LIMIT) {
      problems.put("description", "event.description.long");
    }
    ZoneId zone = zone();
    if (zone == null) {
      problems.put("timeZone", timeZone == null ? "event.zone.required" : "event.zone.unknown");
    }
    if (start == null) {
      problems.put("start", "event.start.required");
    } else if (zone != null && !startsAt().equals(unchangedStart) && !startsAt().isAfter(now)) {
      problems.put("start", "event.start.past");
    }
    if (end == null) {
      problems.put("end", "event.end.required");
    } else if (start != null && zone != null) {
      if (!endsAt().isAfter(startsAt())) {
        problems.put("end", "event.end.beforeStart");
      } else if (Duration.between(startsAt(), endsAt()).compareTo(LONGEST) > 0) {
        problems.put("end", "event.end.tooLong");
      }
    }
    if (onlineUrl == null && venue == null) {
      problems.put("onlineUrl", "event.place.required");
    }
    if (onlineUrl != null && !isHttpsLink(onlineUrl)) {
      problems.put("onlineUrl", "event.link.https");
    }
    if (venue != null && venue.length() > PLACE_LIMIT) {
      problems.put("venue", "event.venue.long");
    }
    if (capacity == null || capacity < 1 || capacity > MOST_PLACES) {
      problems.put("capacity", "event.capacity.range");
    }
    return problems;
  }

  /** The zone, or null when it names none Java knows. */
  public ZoneId zone() {
    if (timeZone == null || timeZone.length() > 64) {
      return null;
    }
    try {
      return ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      return ZoneId.getAvailableZoneIds().stream()
          .filter(id -> id.equalsIgnoreCase(timeZone))
          .findFirst()
          .map(ZoneId::of)
          .orElse(null);
    }
  }

  /** The start as an instant; valid details only. */
  public Instant startsAt() {
    return ZonedDateTime.of(start, zone()).toInstant();
  }

  public Instant endsAt() {
    return ZonedDateTime.of(end, zone()).toInstant();
  }

  /** An absolute https address with a host, of reasonable length, without spaces. */
  static boolean isHttpsLink(String value) {
    if (value.length() > PLACE_LIMIT) {
      return false;
    }
    try {
      URI uri = new URI(value);
      return uri.getScheme() != null
          && uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
