package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parity.casestudy.domain.FileType;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.EmailAddress;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.LibraryFile;
import org.parity.network.domain.LibraryResource;
import org.parity.network.domain.LibraryResource.Details;
import org.parity.network.domain.NetworkEvent;
import org.parity.network.domain.Notice;
import org.parity.network.infrastructure.Library;
import org.parity.network.infrastructure.Notifications;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;
import org.parity.platform.taxonomy.Taxonomy;

/**
 * A network's library: read by whoever may read the network; added to and pruned by its
 * facilitators; suggested to by its members (links only), each suggestion accepted or declined by a
 * facilitator once, and the suggester told on the bell.
 */
@Stateless
@PermitAll
public class NetworkLibrary {

  public static final int PAGE_SIZE = 20;
  static final String PRIORITY_AREA = "priority_area";

  /**
   * One entry as pages show it.
   *
   * @param addedBy the name of whoever added or suggested it, as named now; empty once erased
   * @param path its own page, the stable address to paste into a post or a plan
   */
  public record ResourceView(
      long id,
      String kind,
      String title,
      String authors,
      String publisher,
      Integer year,
      String summary,
      List<String> priorityAreas,
      String url,
      String fileName,
      long size,
      Long eventId,
      String eventTitle,
      String addedBy,
      Instant addedAt,
      String status,
      String path) {

    public boolean file() {
      return fileName != null;
    }

    /** The size in kilobytes, rounded up, as the page shows it. */
    public long kilobytes() {
      return Math.max(1, (size + 1023) / 1024);
    }
  }

  public record EventChoice(long id, String title, Instant startsAt) {}

  /**
   * One page of the library, and what the caller may do with it.
   *
   * @param suggestions waiting for a facilitator: for facilitators only, else empty
   * @param mine the caller's own suggestions not in the library (waiting or declined)
   * @param events the network's events an entry may belong to: for facilitators only
   */
  public record Shelf(
      String networkSlug,
      String networkName,
      List<ResourceView> resources,
      long total,
      int page,
      int pages,
      boolean member,
      boolean facilitator,
      List<ResourceView> suggestions,
      List<ResourceView> mine,
      List<EventChoice> events) {}

  /**
   * What a facilitator adds or a member suggests, as typed.
   *
   * @param year as typed: blank when not known
   * @param kind a {@link LibraryResource.Kind} name
   * @param eventId the event it belongs to, or null (facilitators only)
   * @param fileName with {@code file}, a PDF instead of {@code url} (facilitators only)
   */
  public record ResourceInput(
      String title,
      String authors,
      String publisher,
      String year,
      String summary,
      String kind,
      List<String> priorityAreas,
      String url,
      Long eventId,
      String fileName,
      byte[] file) {

    boolean hasFile() {
      return file != null && file.length > 0;
    }
  }

  public record Download(String fileName, String mediaType, byte[] content) {}

  @Inject NetworkAccess access;
  @Inject Library library;
  @Inject Accounts accounts;
  @Inject Notifications notices;
  @Inject Taxonomy taxonomy;
  @Inject Clock clock;

  /** A page of the library, of one kind and one priority area when asked, newest first. */
  public Shelf shelf(String networkSlug, String tag, String kind, int page) {
    Optional<Account> caller = access.caller();
    LearningNetwork network = access.readable(networkSlug, caller);
    NetworkAccess.Standing standing = access.standing(network, caller);
    Set<LibraryResource.Kind> kinds = kinds(kind);
    String area = tag == null || tag.isBlank() ? null : tag.strip();
    long total = library.countAccepted(network, kinds, area);
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int shown = Math.max(1, Math.min(page, pages));
    List<ResourceView> resources =
        library.accepted(network, kinds, area, (shown - 1) * PAGE_SIZE, PAGE_SIZE).stream()
            .map(this::view)
            .toList();
    return new Shelf(
        network.getSlug(),
        network.getName(),
        resources,
        total,
        shown,
        pages,
        standing.member(),
        standing.moderator(),
        standing.moderator()
            ? library.suggested(network).stream().map(this::view).toList()
            : List.of(),
        caller
            .map(a -> library.suggestedBy(network, a.getEmail()).stream().map(this::view).toList())
            .orElse(List.of()),
        standing.moderator() ? events(network) : List.of());
  }

  /**
   * One entry in the library; a suggestion only for the network's facilitators and whoever made it.
   */
  public ResourceView resource(String networkSlug, long id) {
    Optional<Account> caller = access.caller();
    LearningNetwork network = access.readable(networkSlug, caller);
    LibraryResource resource = find(network, id);
    if (!resource.isAccepted() && !access.moderates(network, caller) && !isSuggester(resource)) {
      throw InvalidInput.of("resource", "library.unknown");
    }
    return view(resource);
  }

  /** Whether the caller may take entries out (a facilitator of the network). */
  public boolean mayRemove(String networkSlug) {
    return access.moderates(access.network(networkSlug), access.caller());
  }

  /** The library's materials of one event, for those who may read its network. */
  public List<ResourceView> ofEvent(String networkSlug, long eventId) {
    LearningNetwork network = access.readable(networkSlug);
    return library.ofEvent(eventId).stream()
        .filter(r -> r.getNetwork().getId().equals(network.getId()))
        .map(this::view)
        .toList();
  }

  /** An entry a thread or a plan may link: its id and title. */
  public record Choice(long id, String title) {}

  /** The library's newest accepted entries (at most 200), for a thread to be about one. */
  public List<Choice> choices(String networkSlug) {
    LearningNetwork network = access.readable(networkSlug);
    return library
        .accepted(network, EnumSet.allOf(LibraryResource.Kind.class), null, 0, 200)
        .stream()
        .map(r -> new Choice(r.getId(), r.getTitle()))
        .toList();
  }

  /** A facilitator's entry, in the library at once: a link or a PDF. */
  public long add(String networkSlug, ResourceInput input) {
    LearningNetwork network = access.network(networkSlug);
    Account caller = access.requireModerator(network);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    Details details = details(input, errors);
    FileType.Accepted pdf = null;
    if (input.hasFile()) {
      try {
        pdf = FileType.accept("file", input.fileName(), input.file());
        if (!"application/pdf".equals(pdf.mediaType())) {
          errors.add("file", "library.error.pdf");
        }
      } catch (InvalidInput refused) {
        refused.fieldErrors().forEach(errors::add);
      }
    }
    Long eventId = input.eventId();
    if (eventId != null && events(network).stream().noneMatch(e -> e.id() == eventId)) {
      errors.add("event", "library.error.event");
    }
    LibraryResource.check(details, input.hasFile(), thisYear(), this::knownArea, errors);
    errors.throwIfAny();
    LibraryResource resource =
        LibraryResource.added(
            network,
            details,
            input.hasFile(),
            thisYear(),
            this::knownArea,
            caller.getEmail(),
            clock.instant());
    resource.belongTo(eventId);
    if (pdf != null) {
      resource.attach(pdf.fileName(), pdf.mediaType(), input.file().length);
    }
    library.add(resource);
    library.flush();
    if (pdf != null) {
      library.add(new LibraryFile(resource, input.file()));
    }
    return resource.getId();
  }

  /**
   * A member's suggestion of a link, for a facilitator to accept or decline; the network's
   * facilitators add instead. A suspended member suggests nothing until the suspension ends.
   */
  public long suggest(String networkSlug, ResourceInput input) {
    Account caller = access.signedIn();
    LearningNetwork network = access.writable(networkSlug, caller);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    Details details = details(input, errors);
    if (input.hasFile()) {
      errors.add("file", "library.error.suggestLink");
    }
    LibraryResource.check(details, false, thisYear(), this::knownArea, errors);
    errors.throwIfAny();
    LibraryResource resource =
        LibraryResource.suggested(
            network, details, thisYear(), this::knownArea, caller.getEmail(), clock.instant());
    library.add(resource);
    library.flush();
    return resource.getId();
  }

  /** A facilitator takes a suggestion into the library; the suggester hears on the bell. */
  public void accept(String networkSlug, long id) {
    decide(networkSlug, id, true);
  }

  /** A facilitator leaves a suggestion out; the suggester hears on the bell. */
  public void decline(String networkSlug, long id) {
    decide(networkSlug, id, false);
  }

  private void decide(String networkSlug, long id, boolean accepted) {
    LearningNetwork network = access.network(networkSlug);
    Account facilitator = access.requireModerator(network);
    LibraryResource resource = find(network, id);
    Instant now = clock.instant();
    if (accepted) {
      resource.accept(facilitator.getEmail(), now);
    } else {
      resource.decline(facilitator.getEmail(), now);
    }
    accounts
        .byEmail(resource.getAddedBy())
        .filter(suggester -> !suggester.getId().equals(facilitator.getId()))
        .ifPresent(
            suggester ->
                notices.add(
                    new Notice(
                        suggester,
                        accepted ? Notice.Kind.RESOURCE_ACCEPTED : Notice.Kind.RESOURCE_DECLINED,
                        facilitator.getEmail(),
                        resource.getTitle(),
                        network.getName(),
                        accepted ? resource.path() : "/networks/" + network.getSlug() + "/library",
                        now)));
  }

  /** A facilitator takes an entry (or a suggestion) out of the library, with its PDF. */
  public void remove(String networkSlug, long id) {
    LearningNetwork network = access.network(networkSlug);
    access.requireModerator(network);
    library.remove(find(network, id));
  }

  /** An entry's PDF, for whoever may read its network. */
  public Download download(long id) {
    LibraryResource resource =
        library.resource(id).orElseThrow(() -> new NotAllowedException("No such file"));
    LearningNetwork network = access.readable(resource.getNetwork().getSlug());
    if (!resource.isAccepted() && !access.moderates(network, access.caller())) {
      throw new NotAllowedException("Not in the library");
    }
    LibraryFile file =
        library.file(resource).orElseThrow(() -> new NotAllowedException("No such file"));
    return new Download(resource.getFileName(), resource.getMediaType(), file.getContent());
  }

  private Details details(ResourceInput input, InvalidInput.Collector errors) {
    Integer year = null;
    String typed = input.year() == null ? "" : input.year().strip();
    if (typed.matches("\\d{1,4}")) {
      year = Integer.valueOf(typed);
    } else if (!typed.isEmpty()) {
      errors.add("year", "library.error.year");
    }
    return new Details(
        input.title(),
        input.authors(),
        input.publisher(),
        year,
        input.summary(),
        kind(input.kind()),
        input.priorityAreas(),
        input.url());
  }

  private static LibraryResource.Kind kind(String name) {
    return Arrays.stream(LibraryResource.Kind.values())
        .filter(k -> k.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  /** The kinds to list: the one asked for, or all when none (or none known) is. */
  private static Set<LibraryResource.Kind> kinds(String name) {
    LibraryResource.Kind one = kind(name);
    return one == null ? EnumSet.allOf(LibraryResource.Kind.class) : EnumSet.of(one);
  }

  private LibraryResource find(LearningNetwork network, long id) {
    return library
        .resource(network, id)
        .orElseThrow(() -> InvalidInput.of("resource", "library.unknown"));
  }

  private boolean isSuggester(LibraryResource resource) {
    return access
        .caller()
        .map(a -> EmailAddress.normalise(a.getEmail()).equals(resource.getAddedBy()))
        .orElse(false);
  }

  private boolean knownArea(String code) {
    return taxonomy.contains(PRIORITY_AREA, code);
  }

  private int thisYear() {
    return LocalDate.ofInstant(clock.instant(), ActionPlans.UK).getYear();
  }

  private List<EventChoice> events(LearningNetwork network) {
    return library.events(network).stream()
        .map(e -> new EventChoice(e.getId(), e.getTitle(), e.getStartsAt()))
        .toList();
  }

  private ResourceView view(LibraryResource r) {
    String eventTitle =
        r.getEventId() == null
            ? null
            : library.event(r.getEventId()).map(NetworkEvent::getTitle).orElse(null);
    return new ResourceView(
        r.getId(),
        r.getKind().name(),
        r.getTitle(),
        r.getAuthors(),
        r.getPublisher(),
        r.getPublishedYear(),
        r.getSummary(),
        r.getPriorityAreas(),
        r.getUrl(),
        r.getFileName(),
        r.getSize(),
        r.getEventId(),
        eventTitle,
        accounts.byEmail(r.getAddedBy()).map(Account::getDisplayName).orElse(""),
        r.getAddedAt(),
        r.getStatus().name(),
        r.path());
  }
}
