package org.parity.network.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.parity.identity.domain.EmailAddress;
import org.parity.platform.InvalidInput;

/**
 * One entry of a network's library: a report, paper, guidance, slides or a recording, kept as a PDF
 * ({@link LibraryFile}) or a link. A facilitator's entry is in the library at once; a member's is a
 * suggestion until a facilitator accepts or declines it, once.
 */
@Entity
@NamedQuery(
    name = "LibraryResource.ofNetwork",
    query =
        "select r from LibraryResource r where r.network = :network and r.status ="
            + " org.parity.network.domain.LibraryResource.Status.ACCEPTED and r.kind in :kinds"
            + " order by r.decidedAt desc, r.id desc")
@NamedQuery(
    name = "LibraryResource.countOfNetwork",
    query =
        "select count(r) from LibraryResource r where r.network = :network and r.status ="
            + " org.parity.network.domain.LibraryResource.Status.ACCEPTED and r.kind in :kinds")
@NamedQuery(
    name = "LibraryResource.ofNetworkTagged",
    query =
        "select r from LibraryResource r where r.network = :network and r.status ="
            + " org.parity.network.domain.LibraryResource.Status.ACCEPTED and r.kind in :kinds"
            + " and :tag member of r.priorityAreas order by r.decidedAt desc, r.id desc")
@NamedQuery(
    name = "LibraryResource.countOfNetworkTagged",
    query =
        "select count(r) from LibraryResource r where r.network = :network and r.status ="
            + " org.parity.network.domain.LibraryResource.Status.ACCEPTED and r.kind in :kinds"
            + " and :tag member of r.priorityAreas")
@NamedQuery(
    name = "LibraryResource.suggested",
    query =
        "select r from LibraryResource r where r.network = :network and r.status ="
            + " org.parity.network.domain.LibraryResource.Status.SUGGESTED order by r.addedAt, r.id")
@NamedQuery(
    name = "LibraryResource.suggestedBy",
    query =
        "select r from LibraryResource r where r.network = :network and r.addedBy = :email and"
            + " r.status <> org.parity.network.domain.LibraryResource.Status.ACCEPTED"
            + " order by r.addedAt desc, r.id desc")
@NamedQuery(
    name = "LibraryResource.ofEvent",
    query =
        "select r from LibraryResource r where r.eventId = :event and r.status ="
            + " org.parity.network.domain.LibraryResource.Status.ACCEPTED order by r.title, r.id")
@NamedQuery(
    name = "LibraryResource.eventsOfNetwork",
    query =
        "select e from NetworkEvent e where e.network = :network order by e.startsAt desc, e.id"
            + " desc")
@NamedQuery(
    name = "LibraryResource.countAll",
    query = "select count(r) from LibraryResource r where r.network = :network")
public class LibraryResource {

  public static final int TITLE_LIMIT = 300;
  public static final int AUTHORS_LIMIT = 300;
  public static final int PUBLISHER_LIMIT = 200;
  public static final int SUMMARY_LIMIT = 600;
  public static final int URL_LIMIT = 2000;
  public static final int EARLIEST_YEAR = 1800;

  /** What the resource is, for the library's filter. */
  public enum Kind {
    REPORT,
    PAPER,
    GUIDANCE,
    SLIDES,
    RECORDING,
    WEBSITE
  }

  public enum Status {
    SUGGESTED,
    ACCEPTED,
    DECLINED
  }

  /**
   * What describes a resource, as typed; {@link LibraryResource#check} says what is wrong with it.
   *
   * @param year null when not known
   * @param url null or blank when the resource is a file
   */
  public record Details(
      String title,
      String authors,
      String publisher,
      Integer year,
      String summary,
      Kind kind,
      List<String> priorityAreas,
      String url) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_resource_seq")
  @SequenceGenerator(
      name = "library_resource_seq",
      sequenceName = "library_resource_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private LearningNetwork network;

  /** The network event it belongs to (its slides, its recording), or null. */
  private Long eventId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String title;
  private String authors;
  private String publisher;
  private Integer publishedYear;
  private String summary;

  @ElementCollection
  @CollectionTable(name = "library_resource_area", joinColumns = @JoinColumn(name = "resource_id"))
  @Column(name = "code")
  private List<String> priorityAreas = new ArrayList<>();

  private String url;
  private String fileName;
  private String mediaType;
  private Long size;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String addedBy;
  private Instant addedAt;
  private String decidedBy;
  private Instant decidedAt;

  @Version private long version;

  protected LibraryResource() {}

  private LibraryResource(
      LearningNetwork network, Details details, Status status, String by, Instant now) {
    this.network = network;
    this.status = status;
    this.addedBy = EmailAddress.normalise(by);
    this.addedAt = now;
    this.kind = details.kind();
    this.title = details.title().strip();
    this.authors = stripped(details.authors());
    this.publisher = stripped(details.publisher());
    this.publishedYear = details.year();
    this.summary = details.summary().strip();
    this.priorityAreas = new ArrayList<>(areas(details.priorityAreas()));
    this.url = stripped(details.url());
    if (status == Status.ACCEPTED) {
      this.decidedBy = this.addedBy;
      this.decidedAt = now;
    }
  }

  /**
   * A facilitator's entry, in the library at once: a link, or a PDF to attach ({@link #attach})
   * when {@code withFile}.
   */
  public static LibraryResource added(
      LearningNetwork network,
      Details details,
      boolean withFile,
      int thisYear,
      Predicate<String> knownArea,
      String by,
      Instant now) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    check(details, withFile, thisYear, knownArea, errors);
    errors.throwIfAny();
    return new LibraryResource(network, details, Status.ACCEPTED, by, now);
  }

  /** A member's suggestion: a link, waiting for a facilitator. */
  public static LibraryResource suggested(
      LearningNetwork network,
      Details details,
      int thisYear,
      Predicate<String> knownArea,
      String by,
      Instant now) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    check(details, false, thisYear, knownArea, errors);
    errors.throwIfAny();
    return new LibraryResource(network, details, Status.SUGGESTED, by, now);
  }

  /**
   * What is wrong with the details, field by field: a title and a summary, a kind, a year between
   * 1800 and next year, known priority areas, and either a file or an http(s) address (not both);
   * added to {@code errors}, which keeps the first problem of each field.
   */
  public static void check(
      Details details,
      boolean withFile,
      int thisYear,
      Predicate<String> knownArea,
      InvalidInput.Collector errors) {
    if (blank(details.title()) || details.title().strip().length() > TITLE_LIMIT) {
      errors.add("title", "library.error.title");
    }
    if (details.authors() != null && details.authors().strip().length() > AUTHORS_LIMIT) {
      errors.add("authors", "library.error.authors");
    }
    if (details.publisher() != null && details.publisher().strip().length() > PUBLISHER_LIMIT) {
      errors.add("publisher", "library.error.publisher");
    }
    if (details.year() != null
        && (details.year() < EARLIEST_YEAR || details.year() > thisYear + 1)) {
      errors.add("year", "library.error.year");
    }
    if (blank(details.summary()) || details.summary().strip().length() > SUMMARY_LIMIT) {
      errors.add("summary", "library.error.summary");
    }
    if (details.kind() == null) {
      errors.add("kind", "library.error.kind");
    }
    if (areas(details.priorityAreas()).stream().anyMatch(code -> !knownArea.test(code))) {
      errors.add("areas", "library.error.area");
    }
    boolean hasUrl = !blank(details.url());
    if (hasUrl && withFile) {
      errors.add("url", "library.error.urlAndFile");
    } else if (!hasUrl && !withFile) {
      errors.add("url", "library.error.urlOrFile");
    } else if (hasUrl && !isWebAddress(details.url())) {
      errors.add("url", "library.error.url");
    }
  }

  /** An absolute http or https address with a host, at most 2000 characters, no spaces. */
  public static boolean isWebAddress(String text) {
    if (text == null) {
      return false;
    }
    String url = text.strip();
    if (url.isEmpty()
        || url.length() > URL_LIMIT
        || url.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank()
          && uri.getUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Records the PDF kept for this entry ({@link LibraryFile} holds its bytes). */
  public void attach(String fileName, String mediaType, long size) {
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.size = size;
  }

  /** A facilitator links it to one of the network's events, or to none. */
  public void belongTo(Long eventId) {
    this.eventId = eventId;
  }

  /** A facilitator takes the suggestion into the library. */
  public void accept(String by, Instant now) {
    decide(Status.ACCEPTED, by, now);
  }

  /** A facilitator leaves the suggestion out. */
  public void decline(String by, Instant now) {
    decide(Status.DECLINED, by, now);
  }

  private void decide(Status decision, String by, Instant now) {
    if (status != Status.SUGGESTED) {
      throw new NetworkException(
          "The suggestion has been answered already.", "library.refusal.decided");
    }
    status = decision;
    decidedBy = EmailAddress.normalise(by);
    decidedAt = now;
  }

  public boolean isAccepted() {
    return status == Status.ACCEPTED;
  }

  public boolean isFile() {
    return fileName != null;
  }

  /** Its own page: a stable address to paste into a post or an action plan. */
  public String path() {
    return "/networks/" + network.getSlug() + "/library/" + id;
  }

  private static List<String> areas(List<String> codes) {
    return codes == null
        ? List.of()
        : codes.stream()
            .filter(c -> c != null && !c.isBlank())
            .map(String::strip)
            .distinct()
            .toList();
  }

  private static String stripped(String text) {
    return blank(text) ? null : text.strip();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public Long getId() {
    return id;
  }

  public LearningNetwork getNetwork() {
    return network;
  }

  public Long getEventId() {
    return eventId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getAuthors() {
    return authors;
  }

  public String getPublisher() {
    return publisher;
  }

  public Integer getPublishedYear() {
    return publishedYear;
  }

  public String getSummary() {
    return summary;
  }

  public List<String> getPriorityAreas() {
    return List.copyOf(priorityAreas);
  }

  public String getUrl() {
    return url;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size == null ? 0 : size;
  }

  public Status getStatus() {
    return status;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
