package org.parity.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parity.identity.domain.SecurityEvent;
import org.parity.identity.infrastructure.SecurityEvents;
import org.parity.platform.InvalidInput;

/**
 * The security log as administrators read it (/admin/audit): filtered, a page at a time, or CSV.
 */
@Stateless
@RolesAllowed("ADMIN")
public class SecurityAudit {

  /** A CSV download holds at most this many events (newest first); narrow the filters for more. */
  public static final int LARGEST_DOWNLOAD = 50_000;

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Inject SecurityEvents events;

  /** The filters as typed: a kind's name, a text, and days (yyyy-mm-dd, both included). */
  public record Query(String kind, String text, String from, String to) {

    SecurityEvents.Filter filter() {
      SecurityEvent.Kind chosen = null;
      if (kind != null && !kind.isBlank()) {
        try {
          chosen = SecurityEvent.Kind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
          throw InvalidInput.of("kind", "audit.kindUnknown");
        }
      }
      Instant start = day("from", from, 0);
      Instant end = day("to", to, 1);
      if (start != null && end != null && !start.isBefore(end)) {
        throw InvalidInput.of("to", "audit.periodBackwards");
      }
      return new SecurityEvents.Filter(chosen, text, start, end);
    }

    private static Instant day(String field, String typed, int plusDays) {
      if (typed == null || typed.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(typed.strip()).plusDays(plusDays).atStartOfDay(UK).toInstant();
      } catch (java.time.format.DateTimeParseException e) {
        throw InvalidInput.of(field, "audit.dayInvalid");
      }
    }
  }

  /** One event as the page shows it. */
  public record EventView(
      Instant at, String kind, String actor, String subject, String address, String detail) {

    static EventView of(SecurityEvent e) {
      return new EventView(
          e.getOccurredAt(),
          e.getKind().name(),
          e.getActor(),
          e.getSubject(),
          e.getClientAddress(),
          e.getDetail());
    }
  }

  public List<EventView> page(Query query, int first, int max) {
    return events.newestFirst(query.filter(), Math.max(0, first), Math.min(max, 200)).stream()
        .map(EventView::of)
        .toList();
  }

  public long count(Query query) {
    return events.count(query.filter());
  }

  public String csv(Query query) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        CSVFormat.RFC4180
            .builder()
            .setHeader("When (UTC)", "What", "By", "Account or address", "From", "Detail")
            .get()
            .print(out)) {
      for (SecurityEvent e : events.newestFirst(query.filter(), 0, LARGEST_DOWNLOAD)) {
        csv.printRecord(
            e.getOccurredAt(),
            e.getKind().name(),
            safe(e.getActor()),
            safe(e.getSubject()),
            safe(e.getClientAddress()),
            safe(e.getDetail()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A cell a spreadsheet would read as a formula is prefixed, so opening the file runs nothing. */
  private static String safe(String text) {
    if (text == null) {
      return "";
    }
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
