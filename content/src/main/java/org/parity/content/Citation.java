package org.parity.content;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.parity.content.Definitions.ReferenceDefinition;

/**
 * What makes a cited source valid, for packages and the studio alike: a title, and a web address
 * (https) or a DOI to find it by; a publisher, year and accessed date when given must make sense. A
 * unit that makes clinical claims must cite at least one.
 */
public final class Citation {

  public static final int MAX_TITLE = 300;
  public static final int MAX_PUBLISHER = 200;
  public static final int MAX_URL = 1000;
  public static final int MAX_DOI = 200;
  public static final int EARLIEST_YEAR = 1800;

  private static final Pattern URL = Pattern.compile("^https://\\S+$");
  private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}/\\S+$");
  private static final Pattern DOI_LINK =
      Pattern.compile(
          "^(?:https://doi\\.org/|doi:)(10\\.\\d{4,9}/\\S+)$", Pattern.CASE_INSENSITIVE);

  /** The message keys, with the English the package validator reports. */
  public static final Map<String, String> ENGLISH =
      Map.of(
          "sources.titleRequired", "A source needs a title (up to 300 characters).",
          "sources.publisherTooLong", "A source's publisher has at most 200 characters.",
          "sources.yearInvalid", "A source's year must be a year from 1800 to next year.",
          "sources.linkRequired",
              "A source needs a web address (https://…) or a DOI (10.…/…) to find it by.",
          "sources.linkInvalid",
              "A source's web address must start with https://, and a DOI look like 10.1234/abc.",
          "sources.accessedInFuture", "A source cannot have been accessed after today.",
          "sources.claimsNeedSources", "A unit that makes clinical claims must cite its sources.");

  private Citation() {}

  /**
   * What is wrong with the source, by field (refTitle, refPublisher, refYear, refLink, refAccessed)
   * to message key; empty when it is fine.
   */
  public static Map<String, String> problems(ReferenceDefinition source, LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (blank(source.title()) || source.title().trim().length() > MAX_TITLE) {
      problems.put("refTitle", "sources.titleRequired");
    }
    if (!blank(source.publisher()) && source.publisher().trim().length() > MAX_PUBLISHER) {
      problems.put("refPublisher", "sources.publisherTooLong");
    }
    if (source.year() != null
        && (source.year() < EARLIEST_YEAR || source.year() > today.getYear() + 1)) {
      problems.put("refYear", "sources.yearInvalid");
    }
    if (blank(source.url()) && blank(source.doi())) {
      problems.put("refLink", "sources.linkRequired");
    } else if ((!blank(source.url())
            && (!URL.matcher(source.url().trim()).matches()
                || source.url().trim().length() > MAX_URL))
        || (!blank(source.doi())
            && (!DOI.matcher(source.doi().trim()).matches()
                || source.doi().trim().length() > MAX_DOI))) {
      problems.put("refLink", "sources.linkInvalid");
    }
    if (source.accessed() != null && source.accessed().isAfter(today)) {
      problems.put("refAccessed", "sources.accessedInFuture");
    }
    return problems;
  }

  /**
   * A source as an editor types it, with one field for where to find it: a DOI (bare, doi:… or
   * https://doi.org/…) is kept as a DOI, anything else as a web address.
   */
  public static ReferenceDefinition typed(
      String title, String publisher, Integer year, String link, LocalDate accessed) {
    String where = blank(link) ? null : link.trim();
    String doi = null;
    if (where != null) {
      var doiLink = DOI_LINK.matcher(where);
      if (doiLink.matches()) {
        doi = doiLink.group(1);
        where = null;
      } else if (DOI.matcher(where).matches()) {
        doi = where;
        where = null;
      }
    }
    return new ReferenceDefinition(
        blank(title) ? null : title.trim(),
        blank(publisher) ? null : publisher.trim(),
        year,
        where,
        doi,
        accessed);
  }

  /** Where a reader finds the source: its web address, or the DOI's. */
  public static String link(String url, String doi) {
    return blank(url) ? (blank(doi) ? null : "https://doi.org/" + doi) : url;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
