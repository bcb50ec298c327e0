package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parity.casestudy.application.CaseStudyAuthoring;
import org.parity.casestudy.application.CaseStudyRules;
import org.parity.casestudy.domain.CaseStudyContent;
import org.parity.identity.domain.Account;
import org.parity.network.domain.FaqEntry;
import org.parity.network.domain.FaqQuote;
import org.parity.network.domain.ForumPost;
import org.parity.network.domain.ForumThread;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.Notice;
import org.parity.network.infrastructure.Networks;
import org.parity.network.infrastructure.Notifications;
import org.parity.platform.Configuration;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;
import org.parity.platform.mail.MailOutbox;
import org.parity.platform.taxonomy.Taxonomy;
import org.parity.platform.taxonomy.TaxonomyTerm;

/**
 * A facilitator makes a good discussion last: as a case-study draft they then write on, or as an
 * entry in the network's questions often asked. Either quotes the posts chosen, each attributed to
 * its author (name and profession), and each quoted author is told by mail and the bell.
 */
@Stateless
@PermitAll
public class ThreadPromotion {

  /** At most this many posts are offered (and quoted) from one thread. */
  public static final int MOST_POSTS = 200;

  /** A post the facilitator may quote: its number, author, and its opening words. */
  public record Quotable(int number, String author, String profession, String opening) {}

  public record Promotable(
      long threadId, String title, String networkSlug, String networkName, List<Quotable> posts) {}

  /** An entry as readers see it; {@code author} null once the author is erased. */
  public record FaqView(long id, String question, Long threadId, List<QuoteView> quotes) {}

  public record QuoteView(int number, String body, String author, String profession) {}

  @Inject NetworkAccess access;
  @Inject Networks networks;
  @Inject Notifications notices;
  @Inject CaseStudyAuthoring caseStudies;
  @Inject Taxonomy taxonomy;
  @Inject MailOutbox outbox;
  @Inject Configuration configuration;
  @Inject Clock clock;

  /** The thread's visible posts, for one of the network's facilitators to choose from. */
  public Promotable posts(String networkSlug, long threadId) {
    ForumThread thread = thread(networkSlug, threadId);
    return new Promotable(
        thread.getId(),
        thread.getTitle(),
        thread.getNetwork().getSlug(),
        thread.getNetwork().getName(),
        networks.posts(thread, 1, MOST_POSTS).stream()
            .filter(p -> !p.hidden() && !p.withdrawn())
            .map(
                p ->
                    new Quotable(
                        p.number(),
                        p.author(),
                        p.authorProfession(),
                        p.markdown().length() > 240
                            ? p.markdown().substring(0, 239).strip() + "…"
                            : p.markdown()))
            .toList());
  }

  /**
   * A case-study draft by the facilitator: the thread's title, the first chosen post as the
   * problem, the others as what was done, each quoted with its author. Answers the draft's slug.
   */
  public String toCaseStudy(
      String networkSlug, long threadId, List<Integer> numbers, String pageBase) {
    ForumThread thread = thread(networkSlug, threadId);
    Account facilitator = access.signedIn();
    List<ForumPost> chosen = chosen(thread, numbers);
    Map<String, String> professions = professions();
    String problem = quote(chosen.get(0), professions);
    StringBuilder rest = new StringBuilder();
    for (ForumPost post : chosen.subList(1, chosen.size())) {
      rest.append(quote(post, professions)).append("\n\n");
    }
    String source =
        "From the discussion \""
            + thread.getTitle()
            + "\" in "
            + thread.getNetwork().getName()
            + ".";
    CaseStudyContent content =
        new CaseStudyContent(
            CaseStudyRules.fit(thread.getTitle(), CaseStudyRules.TITLE_LIMIT),
            CaseStudyRules.fit(source, CaseStudyRules.SUMMARY_LIMIT),
            "",
            "",
            CaseStudyRules.fit(problem, CaseStudyRules.SECTION_LIMIT),
            CaseStudyRules.fit(
                rest.isEmpty() ? source : rest.toString().strip(), CaseStudyRules.SECTION_LIMIT),
            "",
            "",
            "",
            "",
            "",
            List.of(),
            List.of(),
            thread.getTags(),
            List.of(),
            List.of(),
            List.of());
    String slug = caseStudies.startWith(content, List.of(), pageBase).slug();
    tell(
        chosen,
        facilitator,
        Notice.Kind.POST_QUOTED_IN_CASE_STUDY,
        thread,
        "a case-study draft",
        pageBase);
    return slug;
  }

  /** An entry in the network's questions often asked, answered by the chosen posts. */
  public long toFaq(
      String networkSlug, long threadId, String question, List<Integer> numbers, String pageBase) {
    ForumThread thread = thread(networkSlug, threadId);
    Account facilitator = access.signedIn();
    List<ForumPost> chosen = chosen(thread, numbers);
    FaqEntry entry =
        new FaqEntry(thread, question, chosen, facilitator.getEmail(), clock.instant());
    networks.add(entry);
    networks.flush();
    tell(
        chosen, facilitator, Notice.Kind.POST_QUOTED_IN_FAQ, thread, "the network's FAQ", pageBase);
    return entry.getId();
  }

  /** The network's questions often asked, for whoever reads its discussions. */
  public List<FaqView> faq(String networkSlug) {
    LearningNetwork network = access.readable(networkSlug, access.caller());
    return networks.faq(network).stream()
        .map(
            e ->
                new FaqView(
                    e.getId(),
                    e.getQuestion(),
                    e.getThread() == null ? null : e.getThread().getId(),
                    e.getQuotes().stream().map(ThreadPromotion::view).toList()))
        .toList();
  }

  /** A facilitator takes an entry out of the FAQ. */
  public void removeFaq(String networkSlug, long entryId) {
    LearningNetwork network = access.network(networkSlug);
    access.requireModerator(network);
    FaqEntry entry =
        networks
            .faqEntry(entryId)
            .filter(e -> e.getNetwork().getId().equals(network.getId()))
            .orElseThrow(() -> InvalidInput.of("faq", "promote.unknownEntry"));
    networks.remove(entry);
  }

  private static QuoteView view(FaqQuote q) {
    Account author = q.getAuthor();
    return new QuoteView(
        q.getPostNumber(),
        q.getBody(),
        author == null ? null : author.getDisplayName(),
        author == null ? null : author.getProfession());
  }

  /** The thread, for one of its network's facilitators. */
  private ForumThread thread(String networkSlug, long threadId) {
    LearningNetwork network = access.network(networkSlug);
    access.requireModerator(network);
    // A team's private topic is never quoted where others read.
    return networks
        .thread(threadId)
        .filter(t -> t.getNetwork().getId().equals(network.getId()))
        .filter(t -> !t.getCategory().isTeamTopic())
        .orElseThrow(() -> new NotAllowedException("No such thread here"));
  }

  /** The chosen posts, in the thread's order: at least one, none hidden or withdrawn. */
  private List<ForumPost> chosen(ForumThread thread, List<Integer> numbers) {
    List<ForumPost> posts = new ArrayList<>();
    for (int number :
        numbers == null ? List.<Integer>of() : numbers.stream().sorted().distinct().toList()) {
      Optional<ForumPost> post = networks.post(thread, number);
      if (post.isEmpty()
          || post.get().isHidden()
          || post.get().isWithdrawn()
          || number > MOST_POSTS) {
        throw InvalidInput.of("posts", "promote.unknownPost");
      }
      posts.add(post.get());
    }
    if (posts.isEmpty()) {
      throw InvalidInput.of("posts", "promote.choosePosts");
    }
    return posts;
  }

  /** A post as quoted in a case study: its words, then who wrote them. */
  private static String quote(ForumPost post, Map<String, String> professions) {
    Account author = post.getAuthor();
    String profession = professions.get(author.getProfession());
    return "\u201c"
        + post.getMarkdown().strip()
        + "\u201d\n\u2014 "
        + author.getDisplayName()
        + (profession == null ? "" : ", " + profession);
  }

  /** Each quoted author but the facilitator hears where their words went. */
  private void tell(
      List<ForumPost> chosen,
      Account facilitator,
      Notice.Kind kind,
      ForumThread thread,
      String where,
      String pageBase) {
    Instant now = clock.instant();
    String path = "/networks/" + thread.getNetwork().getSlug() + "/threads/" + thread.getId();
    String link = configuration.linkBase(pageBase) + path;
    chosen.stream()
        .map(ForumPost::getAuthor)
        .distinct()
        .filter(a -> !a.getId().equals(facilitator.getId()))
        .forEach(
            author -> {
              notices.add(
                  new Notice(
                      author,
                      kind,
                      facilitator.getEmail(),
                      thread.getTitle(),
                      thread.getNetwork().getName(),
                      path,
                      now));
              outbox.enqueue(
                  author.getEmail(),
                  "Your post is quoted in " + where,
                  "Hello "
                      + author.getDisplayName()
                      + ",\n\n"
                      + facilitator.getDisplayName()
                      + ", who facilitates "
                      + thread.getNetwork().getName()
                      + ", quoted your post in the discussion \""
                      + thread.getTitle()
                      + "\" in "
                      + where
                      + ", with your name and profession. If you would rather not be quoted, reply"
                      + " to them in the discussion:\n\n"
                      + link
                      + "\n\nParity",
                  link);
            });
  }

  private Map<String, String> professions() {
    return taxonomy.terms(Taxonomy.PROFESSION).stream()
        .collect(Collectors.toMap(TaxonomyTerm::getCode, TaxonomyTerm::getLabel, (a, b) -> a));
  }
}
