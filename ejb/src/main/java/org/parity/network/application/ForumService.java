package org.parity.network.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.application.ForumViews.CategoryView;
import org.parity.network.application.ForumViews.PostView;
import org.parity.network.application.ForumViews.ThreadList;
import org.parity.network.application.ForumViews.ThreadPage;
import org.parity.network.application.ForumViews.ThreadSummary;
import org.parity.network.domain.ForumCategory;
import org.parity.network.domain.ForumPost;
import org.parity.network.domain.ForumThread;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkMembership;
import org.parity.network.infrastructure.Networks;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;
import org.parity.platform.text.Markdown;

/**
 * A network's forum. Anyone reads an open network's threads; a closed network's threads are for its
 * members (and administrators) alone, decided here. Members write; what they write is Markdown,
 * rendered and sanitised before it is stored.
 */
@Stateless
@PermitAll
public class ForumService {

  public static final int THREADS_PER_PAGE = 20;
  public static final int POSTS_PER_PAGE = 25;

  @Resource SessionContext context;
  @Inject Networks networks;
  @Inject Accounts accounts;
  @Inject Markdown markdown;
  @Inject Clock clock;

  public ThreadList threads(String networkSlug, int page) {
    LearningNetwork network = readable(networkSlug);
    long count = networks.threadCount(network);
    int pages = Math.max(1, (int) ((count + THREADS_PER_PAGE - 1) / THREADS_PER_PAGE));
    int shown = Math.max(1, Math.min(page, pages));
    return new ThreadList(
        networks.categories(network).stream()
            .map(c -> new CategoryView(c.getId(), c.getName(), c.getDescription()))
            .toList(),
        networks.threads(network, (shown - 1) * THREADS_PER_PAGE, THREADS_PER_PAGE).stream()
            .map(
                t ->
                    new ThreadSummary(
                        t.getId(),
                        t.getTitle(),
                        t.getCategory().getName(),
                        t.getAuthor().getDisplayName(),
                        t.getPostCount(),
                        t.getLastPostAt()))
            .toList(),
        shown,
        pages,
        isActiveMember(network));
  }

  /** One page of a thread (25 posts); a page past the end shows the last. */
  public ThreadPage thread(String networkSlug, long threadId, int page) {
    LearningNetwork network = readable(networkSlug);
    ForumThread thread = threadIn(network, threadId);
    int pages = Math.max(1, (thread.getPostCount() + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE);
    int shown = Math.max(1, Math.min(page, pages));
    int first = (shown - 1) * POSTS_PER_PAGE + 1;
    return new ThreadPage(
        thread.getId(),
        network.getSlug(),
        network.getName(),
        thread.getTitle(),
        thread.getCategory().getName(),
        networks.posts(thread, first, first + POSTS_PER_PAGE - 1).stream()
            .map(
                p ->
                    new PostView(
                        p.getId(),
                        p.getNumber(),
                        p.getAuthor().getDisplayName(),
                        p.getHtml(),
                        p.getCreatedAt()))
            .toList(),
        shown,
        pages,
        isActiveMember(network));
  }

  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public long startThread(String networkSlug, long categoryId, String title, String body) {
    LearningNetwork network = writable(networkSlug);
    ForumCategory category =
        networks
            .category(categoryId)
            .filter(c -> c.getNetwork().getId().equals(network.getId()))
            .orElseThrow(() -> InvalidInput.of("category", "forum.category.required"));
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (title == null || title.isBlank()) {
      errors.add("title", "forum.title.required");
    } else if (title.strip().length() > ForumThread.TITLE_LIMIT) {
      errors.add("title", "forum.title.long");
    }
    checkBody(body, errors);
    errors.throwIfAny();
    Account author = signedIn();
    ForumThread thread = new ForumThread(category, title.strip(), author, clock.instant());
    networks.add(thread);
    networks.add(thread.post(author, body, markdown.toSafeHtml(body), clock.instant()));
    return thread.getId();
  }

  /** Adds a reply; answers the page it lands on. */
  @RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
  public int reply(String networkSlug, long threadId, String body) {
    LearningNetwork network = writable(networkSlug);
    ForumThread thread = threadIn(network, threadId);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    checkBody(body, errors);
    errors.throwIfAny();
    ForumPost post = thread.post(signedIn(), body, markdown.toSafeHtml(body), clock.instant());
    networks.add(post);
    return (post.getNumber() - 1) / POSTS_PER_PAGE + 1;
  }

  private static void checkBody(String body, InvalidInput.Collector errors) {
    if (body == null || body.isBlank()) {
      errors.add("body", "forum.body.required");
    } else if (body.length() > ForumPost.LIMIT) {
      errors.add("body", "forum.body.long");
    }
  }

  private ForumThread threadIn(LearningNetwork network, long threadId) {
    return networks
        .thread(threadId)
        .filter(t -> t.getNetwork().getId().equals(network.getId()))
        .orElseThrow(() -> new NotAllowedException("No such thread here"));
  }

  private LearningNetwork readable(String slug) {
    LearningNetwork network = find(slug);
    if (!network.isOpen() && !isActiveMember(network) && !isAdmin()) {
      throw new NotAllowedException("This network's discussions are for its members");
    }
    return network;
  }

  private LearningNetwork writable(String slug) {
    LearningNetwork network = find(slug);
    if (!isActiveMember(network)) {
      throw new NotAllowedException("Join the network to take part");
    }
    return network;
  }

  private boolean isActiveMember(LearningNetwork network) {
    return caller()
        .flatMap(a -> networks.membership(network, a))
        .map(NetworkMembership::isActive)
        .orElse(false);
  }

  private LearningNetwork find(String slug) {
    return networks
        .bySlug(slug == null ? "" : slug)
        .orElseThrow(() -> new NotAllowedException("No such network"));
  }

  private boolean isAdmin() {
    return context.isCallerInRole(Role.ADMIN.name());
  }

  private Optional<Account> caller() {
    return accounts.byEmail(context.getCallerPrincipal().getName());
  }

  private Account signedIn() {
    return caller().orElseThrow(() -> new NotAllowedException("Sign in first"));
  }
}
