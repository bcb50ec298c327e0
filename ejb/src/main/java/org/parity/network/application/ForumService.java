package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.casestudy.application.CaseStudyReading;
import org.parity.curriculum.application.Catalogue;
import org.parity.identity.domain.Account;
import org.parity.network.application.ForumViews.CaseStudyCard;
import org.parity.network.application.ForumViews.CategoryView;
import org.parity.network.application.ForumViews.ModuleCard;
import org.parity.network.application.ForumViews.PostView;
import org.parity.network.application.ForumViews.Quote;
import org.parity.network.application.ForumViews.ResourceCard;
import org.parity.network.application.ForumViews.RevisionView;
import org.parity.network.application.ForumViews.ThreadList;
import org.parity.network.application.ForumViews.ThreadPage;
import org.parity.network.application.ForumViews.ThreadSummary;
import org.parity.network.domain.ForumCategory;
import org.parity.network.domain.ForumPost;
import org.parity.network.domain.ForumThread;
import org.parity.network.domain.HelpfulMark;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.LibraryResource;
import org.parity.network.domain.NetworkException;
import org.parity.network.domain.PostOnPage;
import org.parity.network.domain.PostPublished;
import org.parity.network.domain.PostRevision;
import org.parity.network.domain.Subscription;
import org.parity.network.domain.ThreadRevised;
import org.parity.network.infrastructure.Library;
import org.parity.network.infrastructure.Networks;
import org.parity.network.infrastructure.Notifications;
import org.parity.platform.Configuration;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;
import org.parity.platform.taxonomy.Taxonomy;
import org.parity.platform.text.Markdown;

/**
 * A network's forum. Anyone reads an open network's threads; a closed network's threads are for its
 * members (and administrators) alone, decided by {@link NetworkAccess}. Members write; what they
 * write is Markdown, rendered and sanitised before it is stored.
 */
@Stateless
@PermitAll
public class ForumService {

  public static final int THREADS_PER_PAGE = 20;
  public static final int POSTS_PER_PAGE = 25;
  static final String PRIORITY_AREA = "priority_area";

  /** Posts a new account may write in its first day, unless PARITY_NEW_ACCOUNT_POSTS says. */
  static final int NEW_ACCOUNT_POSTS = 10;

  @Inject NetworkAccess access;
  @Inject Networks networks;
  @Inject Notifications subscriptions;
  @Inject Markdown markdown;
  @Inject Mentions mentions;
  @Inject ThreadReading reading;
  @Inject Catalogue catalogue;
  @Inject CaseStudyReading caseStudies;
  @Inject Taxonomy taxonomy;
  @Inject Configuration configuration;
  @Inject Event<PostPublished> published;
  @Inject Event<ThreadRevised> revised;
  @Inject Clock clock;
  @Inject Library library;

  public ThreadList threads(String networkSlug, int page) {
    Optional<Account> reader = access.caller();
    LearningNetwork network = access.readable(networkSlug, reader);
    boolean member = access.isActiveMember(network, reader);
    long count = networks.threadCount(network);
    int pages = pages(count, THREADS_PER_PAGE);
    int shown = Math.max(1, Math.min(page, pages));
    List<ForumThread> threads =
        networks.threads(network, (shown - 1) * THREADS_PER_PAGE, THREADS_PER_PAGE);
    Map<Long, Integer> read =
        member
            ? networks.readMarkers(reader.get(), threads.stream().map(ForumThread::getId).toList())
            : Map.of();
    return new ThreadList(
        categories(network),
        threads.stream()
            .map(
                t -> {
                  int lastRead = member ? read.getOrDefault(t.getId(), 0) : t.getPostCount();
                  int firstUnread = Math.min(lastRead + 1, t.getPostCount());
                  return new ThreadSummary(
                      t.getId(),
                      t.getTitle(),
                      t.getCategory().getName(),
                      t.getAuthor().getDisplayName(),
                      t.getPostCount(),
                      t.getLastPostAt(),
                      t.isPinned(),
                      t.isLocked(),
                      Math.max(0, t.getPostCount() - lastRead),
                      firstUnread,
                      pageOf(firstUnread));
                })
            .toList(),
        shown,
        pages,
        member);
  }

  /**
   * One page of a thread (25 posts); a page past the end shows the last. A member's reading moves
   * their read marker on, so the thread list can say what is new.
   */
  public ThreadPage thread(String networkSlug, long threadId, int page) {
    Optional<Account> reader = access.caller();
    LearningNetwork network = access.readable(networkSlug, reader);
    ForumThread thread = threadIn(network, threadId);
    NetworkAccess.Standing standing = access.standing(network, reader);
    boolean member = standing.member();
    boolean moderator = standing.moderator();
    int pages = pages(thread.getPostCount(), POSTS_PER_PAGE);
    // Someone with no read marker (a visitor, or a member new to the thread) starts at post 1.
    int lastRead =
        member ? networks.readMarker(thread, reader.get()).map(m -> m.getLastRead()).orElse(0) : 0;
    int firstUnread = Math.min(lastRead + 1, thread.getPostCount());
    int shown = shownPage(thread, page);
    int first = (shown - 1) * POSTS_PER_PAGE + 1;
    int last = first + POSTS_PER_PAGE - 1;
    List<PostOnPage> posts = networks.posts(thread, first, last);
    long readerId = reader.map(Account::getId).orElse(0L);
    // A post nobody found helpful has no mark of the reader's either: most pages need no look-up.
    boolean anyHelpful = posts.stream().anyMatch(p -> p.helpfulCount() > 0);
    Set<Integer> helpful =
        member && anyHelpful ? networks.helpfulMarks(reader.get(), thread, first, last) : Set.of();
    Map<Long, List<RevisionView>> revisions =
        moderator
            ? networks.revisions(posts.stream().map(PostOnPage::id).toList()).stream()
                .collect(
                    Collectors.groupingBy(
                        r -> r.getPost().getId(),
                        Collectors.mapping(ForumService::revision, Collectors.toList())))
            : Map.of();
    Instant now = clock.instant();
    List<PostView> views =
        posts.stream()
            .map(
                p -> {
                  boolean own = reader.isPresent() && p.isBy(readerId);
                  boolean editable = member && p.editableBy(readerId, now);
                  return new PostView(
                      p.id(),
                      p.number(),
                      p.author(),
                      p.authorProfession(),
                      p.hidden() && !moderator ? "" : p.html(),
                      p.createdAt(),
                      p.editedAt(),
                      p.hidden(),
                      p.withdrawn(),
                      p.helpfulCount(),
                      helpful.contains(p.number()),
                      editable,
                      member && !own && !p.hidden() && !p.withdrawn(),
                      member && !own && !p.hidden() && !p.withdrawn(),
                      editable ? p.markdown() : null,
                      revisions.getOrDefault(p.id(), List.of()),
                      p.clinicalReview() == null ? null : p.clinicalReview().name(),
                      p.clinicalNote());
                })
            .toList();
    // The marker moves (in a transaction of its own) only when this page takes the reader further.
    if (member && !posts.isEmpty() && posts.get(posts.size() - 1).number() > lastRead) {
      markRead(thread, reader.get(), posts.get(posts.size() - 1).number());
    }
    // Asked here, with the page, rather than by the follow button in a call of its own.
    Boolean following =
        reader
            .map(r -> subscriptions.subscription(r, Subscription.Target.THREAD, thread.getId()))
            .map(Optional::isPresent)
            .orElse(null);
    return new ThreadPage(
        thread.getId(),
        network.getSlug(),
        network.getName(),
        thread.getTitle(),
        thread.getCategory().getName(),
        thread.getCategory().getId(),
        thread.getTags(),
        thread.getModuleSlug() == null
            ? null
            : catalogue
                .module(thread.getModuleSlug())
                .map(m -> new ModuleCard(m.module().slug(), m.module().title()))
                .orElse(null),
        thread.getCaseStudySlug() == null
            ? null
            : caseStudies
                .card(thread.getCaseStudySlug())
                .map(c -> new CaseStudyCard(c.slug(), c.title()))
                .orElse(null),
        thread.getLibraryResourceId() == null
            ? null
            : library
                .resource(network, thread.getLibraryResourceId())
                .filter(LibraryResource::isAccepted)
                .map(r -> new ResourceCard(r.path(), r.getTitle()))
                .orElse(null),
        views,
        shown,
        pages,
        member && (!thread.isLocked() || moderator),
        thread.isLocked(),
        thread.isPinned(),
        moderator,
        moderator ? categories(network) : List.of(),
        firstUnread,
        pageOf(firstUnread),
        following);
  }

  /** What a member fills in to start a thread; tags are priority-area codes. */
  public record NewThread(
      long category,
      String title,
      String body,
      List<String> tags,
      String moduleSlug,
      String caseStudySlug,
      /* An accepted entry of the network's library the thread is about, or null. */
      Long resource) {}

  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public long startThread(String networkSlug, NewThread request) {
    Account author = access.signedIn();
    LearningNetwork network = access.writable(networkSlug, author);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    Optional<ForumCategory> category =
        networks
            .category(request.category())
            .filter(c -> c.getNetwork().getId().equals(network.getId()))
            .filter(c -> access.mayReadTopic(c, Optional.of(author)));
    if (category.isEmpty()) {
      errors.add("category", "forum.category.required");
    }
    String title = request.title();
    if (title == null || title.isBlank()) {
      errors.add("title", "forum.title.required");
    } else if (title.strip().length() > ForumThread.TITLE_LIMIT) {
      errors.add("title", "forum.title.long");
    }
    List<String> tags =
        request.tags() == null ? List.of() : request.tags().stream().distinct().toList();
    if (tags.stream().anyMatch(t -> !taxonomy.contains(PRIORITY_AREA, t))) {
      errors.add("tags", "forum.tags.unknown");
    }
    String module = blankToNull(request.moduleSlug());
    if (module != null && catalogue.module(module).isEmpty()) {
      errors.add("module", "forum.module.unknown");
    }
    String caseStudy = blankToNull(request.caseStudySlug());
    if (caseStudy != null && caseStudies.card(caseStudy).isEmpty()) {
      errors.add("caseStudy", "forum.caseStudy.unknown");
    }
    if (request.resource() != null
        && library
            .resource(network, request.resource())
            .filter(LibraryResource::isAccepted)
            .isEmpty()) {
      errors.add("resource", "forum.resource.unknown");
    }
    checkBody(request.body(), errors);
    errors.throwIfAny();
    boolean moderator = access.moderates(network, Optional.of(author));
    checkNewAccountLimit(author, moderator);
    ForumThread thread = new ForumThread(category.get(), title.strip(), author, clock.instant());
    thread.describe(tags, module, caseStudy);
    thread.about(request.resource());
    networks.add(thread);
    publish(network, thread, author, moderator, request.body(), true);
    return thread.getId();
  }

  /**
   * What a visitor's view of one page of a thread depends on, as a short text that changes whenever
   * that page would: the thread's version (replies, lock, pin, move) and each shown post's edit,
   * hiding, helpful count and clinical review. Empty when the thread is not there or not for
   * visitors. Lets the thread pages answer visitors from what they rendered before, and with ETags.
   */
  public Optional<String> visitorPageStamp(String networkSlug, long threadId, int page) {
    ForumThread thread;
    try {
      thread = threadIn(access.readable(networkSlug), threadId);
    } catch (NotAllowedException notForVisitors) {
      return Optional.empty();
    }
    int shown = shownPage(thread, page);
    int first = (shown - 1) * POSTS_PER_PAGE + 1;
    StringBuilder stamp =
        new StringBuilder().append(thread.getId()).append('v').append(thread.getVersion());
    stamp.append('p').append(shown);
    for (Object[] post : networks.postStamps(thread, first, first + POSTS_PER_PAGE - 1)) {
      stamp.append(';').append(post[0]).append(',').append(post[1]);
      stamp.append(',').append(post[2]).append(',').append(post[3]).append(',').append(post[4]);
    }
    return Optional.of(stamp.toString());
  }

  /** Adds a reply; answers the page it lands on. */
  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public int reply(String networkSlug, long threadId, String body) {
    Account author = access.signedIn();
    LearningNetwork network = access.writable(networkSlug, author);
    ForumThread thread = inNetwork(network, networks.threadForReply(threadId));
    InvalidInput.Collector errors = new InvalidInput.Collector();
    checkBody(body, errors);
    errors.throwIfAny();
    boolean moderator = access.moderates(network, Optional.of(author));
    checkNewAccountLimit(author, moderator);
    ForumPost post = publish(network, thread, author, moderator, body, false);
    return pageOf(post.getNumber());
  }

  /** The author changes a post within the edit window; what it said before is kept. */
  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public int edit(String networkSlug, long threadId, int number, String body) {
    Account editor = access.signedIn();
    LearningNetwork network = access.writable(networkSlug, editor);
    ForumPost post = postIn(threadIn(network, threadId), number);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    checkBody(body, errors);
    errors.throwIfAny();
    PostRevision before = post.edit(editor, body, markdown.toSafeHtml(body), clock.instant());
    networks.add(before);
    revised.fire(new ThreadRevised(threadId));
    return pageOf(number);
  }

  /** Marks a post helpful, or takes the mark back; answers whether it is now marked. */
  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public boolean helpful(String networkSlug, long threadId, int number) {
    Account member = access.signedIn();
    LearningNetwork network = access.writable(networkSlug, member);
    ForumPost post = postIn(threadIn(network, threadId), number);
    if (post.getAuthor().getId().equals(member.getId())) {
      throw new NetworkException("You can't mark your own post helpful.", "forum.error.ownHelpful");
    }
    Optional<HelpfulMark> mark = networks.helpfulMark(post, member);
    if (mark.isPresent()) {
      networks.remove(mark.get());
      post.markedHelpful(false);
      return false;
    }
    networks.add(new HelpfulMark(post.getId(), member.getId()));
    post.markedHelpful(true);
    return true;
  }

  /** The start of a reply that quotes a post: each line behind "> ", with who wrote it. */
  public Quote quote(String networkSlug, long threadId, int number) {
    LearningNetwork network = access.readable(networkSlug);
    ForumPost post = postIn(threadIn(network, threadId), number);
    if (post.isHidden()) {
      throw new NotAllowedException("A hidden post can't be quoted");
    }
    String quoted =
        post.getMarkdown()
            .lines()
            .map(line -> line.isBlank() ? ">" : "> " + line)
            .collect(Collectors.joining("\n"));
    return new Quote(
        number,
        "> **"
            + post.getAuthor().getDisplayName()
            + "** (#"
            + number
            + "):\n>\n"
            + quoted
            + "\n\n");
  }

  private ForumPost publish(
      LearningNetwork network,
      ForumThread thread,
      Account author,
      boolean moderator,
      String body,
      boolean first) {
    String html = markdown.toSafeHtml(body);
    Instant now = clock.instant();
    if (network.activityDue(now)) {
      networks.lockForActivity(network);
    }
    ForumPost post = thread.post(author, body, html, now, moderator);
    networks.add(post);
    // What one writes is read; in this transaction, as the thread may be new.
    networks.readUpTo(thread.getId(), author.getId(), post.getNumber());
    published.fire(
        new PostPublished(
            post.getId(),
            thread.getId(),
            thread.getCategory().getId(),
            network.getId(),
            author.getId(),
            first,
            mentions.in(body, network, author)));
    return post;
  }

  /**
   * New accounts write only a few posts in their first day, so a spammer who signs up gets little
   * out of it; facilitators and administrators are trusted at once.
   */
  private void checkNewAccountLimit(Account author, boolean moderator) {
    Instant firstDayEnds = author.getCreatedAt().plus(Duration.ofDays(1));
    if (moderator || clock.instant().isAfter(firstDayEnds)) {
      return;
    }
    int limit =
        configuration
            .value("PARITY_NEW_ACCOUNT_POSTS")
            .flatMap(ForumService::number)
            .orElse(NEW_ACCOUNT_POSTS);
    if (networks.postsSince(author, author.getCreatedAt()) >= limit) {
      throw new NetworkException(
          "New accounts can write " + limit + " posts in their first day. Please come back later.",
          "forum.error.newAccountLimit");
    }
  }

  /** A read marker is a convenience: if two tabs race to move it, one of them may lose. */
  private void markRead(ForumThread thread, Account reader, int number) {
    try {
      reading.readUpTo(thread.getId(), reader.getId(), number);
    } catch (EJBException | jakarta.persistence.PersistenceException ignored) {
      // the other tab's marker stands
    }
  }

  private static Optional<Integer> number(String text) {
    try {
      return Optional.of(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void checkBody(String body, InvalidInput.Collector errors) {
    if (body == null || body.isBlank()) {
      errors.add("body", "forum.body.required");
    } else if (body.length() > ForumPost.LIMIT) {
      errors.add("body", "forum.body.long");
    }
  }

  private List<CategoryView> categories(LearningNetwork network) {
    return networks.categories(network).stream()
        .map(c -> new CategoryView(c.getId(), c.getName(), c.getDescription()))
        .toList();
  }

  private ForumThread threadIn(LearningNetwork network, long threadId) {
    return inNetwork(network, networks.thread(threadId));
  }

  /**
   * The thread found, if it is one of this network's and the caller may read its topic (a team's
   * private topic is for the team and the network's facilitators); otherwise it is not here.
   */
  private ForumThread inNetwork(LearningNetwork network, Optional<ForumThread> found) {
    return found
        .filter(t -> t.getNetwork().getId().equals(network.getId()))
        .filter(t -> access.mayReadTopic(t.getCategory(), access.caller()))
        .orElseThrow(() -> new NotAllowedException("No such thread here"));
  }

  /** The page of a thread that is shown for the page asked: past the end, the last. */
  private static int shownPage(ForumThread thread, int page) {
    return Math.max(1, Math.min(page, pages(thread.getPostCount(), POSTS_PER_PAGE)));
  }

  private ForumPost postIn(ForumThread thread, int number) {
    return networks
        .post(thread, number)
        .orElseThrow(() -> new NotAllowedException("No such post here"));
  }

  private static RevisionView revision(PostRevision r) {
    return new RevisionView(r.getMarkdown(), r.getWrittenAt(), r.getReplacedAt());
  }

  static int pageOf(int number) {
    return Math.max(1, (number - 1) / POSTS_PER_PAGE + 1);
  }

  private static int pages(long count, int perPage) {
    return Math.max(1, (int) ((count + perPage - 1) / perPage));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
