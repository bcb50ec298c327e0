package org.parity.network.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.parity.identity.domain.Account;
import org.parity.network.domain.ClinicalReview;
import org.parity.network.domain.FaqEntry;
import org.parity.network.domain.ForumCategory;
import org.parity.network.domain.ForumPost;
import org.parity.network.domain.ForumThread;
import org.parity.network.domain.HelpfulMark;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.ModerationAction;
import org.parity.network.domain.NetworkMembership;
import org.parity.network.domain.NetworkSuspension;
import org.parity.network.domain.PostFlag;
import org.parity.network.domain.PostOnPage;
import org.parity.network.domain.PostRevision;
import org.parity.network.domain.ReadMarker;
import org.parity.network.domain.Team;

/** Networks and memberships, as stored with JPA. */
@Dependent
public class Networks {

  /**
   * The query cache's region for pages of posts: a page is read on every view and changes only when
   * a post or an author does (Hibernate then forgets it); persistence.xml bounds the region's size.
   */
  static final String PAGES_OF_POSTS = "pages-of-posts";

  @PersistenceContext EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public List<LearningNetwork> all() {
    return em.createNamedQuery("LearningNetwork.findAll", LearningNetwork.class).getResultList();
  }

  /** By natural id, so a forum page usually finds its network in the cache. */
  public Optional<LearningNetwork> bySlug(String slug) {
    return em.unwrap(org.hibernate.Session.class)
        .bySimpleNaturalId(LearningNetwork.class)
        .loadOptional(slug);
  }

  /** By natural id, so a member's standing usually comes from the cache. */
  public Optional<NetworkMembership> membership(LearningNetwork network, Account account) {
    return em.unwrap(Session.class)
        .byNaturalId(NetworkMembership.class)
        .using("network", network)
        .using("account", account)
        .loadOptional();
  }

  /** Whether {@code facilitator} facilitates a network that {@code member} belongs to. */
  public boolean facilitatesNetworkOf(Account facilitator, Account member) {
    return em.createNamedQuery("NetworkMembership.facilitatesNetworkOf", Long.class)
            .setParameter("facilitator", facilitator)
            .setParameter("member", member)
            .getSingleResult()
        > 0;
  }

  public Optional<NetworkMembership> membership(long id) {
    return Optional.ofNullable(em.find(NetworkMembership.class, id));
  }

  public List<NetworkMembership> withStatus(
      LearningNetwork network, NetworkMembership.Status status) {
    return em.createNamedQuery("NetworkMembership.findByStatus", NetworkMembership.class)
        .setParameter("network", network)
        .setParameter("status", status)
        .getResultList();
  }

  public List<ForumCategory> categories(LearningNetwork network) {
    return em.createNamedQuery("ForumCategory.findByNetwork", ForumCategory.class)
        .setParameter("network", network)
        .getResultList();
  }

  public Optional<ForumCategory> category(long id) {
    return Optional.ofNullable(em.find(ForumCategory.class, id));
  }

  /** A page of the network's threads, latest activity first. */
  public List<ForumThread> threads(LearningNetwork network, int first, int max) {
    return em.createNamedQuery("ForumThread.findByNetwork", ForumThread.class)
        .setParameter("network", network)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long threadCount(LearningNetwork network) {
    return em.createNamedQuery("ForumThread.countByNetwork", Long.class)
        .setParameter("network", network)
        .getSingleResult();
  }

  public Optional<ForumThread> thread(long id) {
    return Optional.ofNullable(em.find(ForumThread.class, id));
  }

  /**
   * The thread, locked until the transaction ends: replies take the next post number one after
   * another, so concurrent replies queue instead of colliding on the same number.
   */
  public Optional<ForumThread> threadForReply(long id) {
    return Optional.ofNullable(em.find(ForumThread.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * The network's row locked for writing before a post's rows point at it: two replies that each
   * took a shared lock on it (their inserts' foreign keys) and then both wrote it would deadlock.
   */
  public void lockForActivity(LearningNetwork network) {
    em.lock(network, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Threads of open networks that say they discuss a case study: its "where it is discussed". */
  public List<ForumThread> threadsAboutCaseStudy(String caseStudySlug, int max) {
    return em.createQuery(
            "select t from ForumThread t join fetch t.network where t.caseStudySlug = :slug"
                + " and t.network.access = org.parity.network.domain.LearningNetwork.Access.OPEN"
                + " and t.category.team is null order by t.lastPostAt desc, t.id desc",
            ForumThread.class)
        .setParameter("slug", caseStudySlug)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Posts numbered {@code first} to {@code last} of a thread: a page, found by number, from the
   * query cache while no post or author has changed since it was read.
   */
  public List<PostOnPage> posts(ForumThread thread, int first, int last) {
    return em.createNamedQuery("ForumPost.findPage", PostOnPage.class)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .setHint(HibernateHints.HINT_CACHE_REGION, PAGES_OF_POSTS)
        .setParameter("thread", thread)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList();
  }

  /**
   * For posts {@code first}…{@code last}: number, edited at, hidden, helpful count, clinical
   * review.
   */
  public List<Object[]> postStamps(ForumThread thread, int first, int last) {
    return em.createQuery(
            "select p.number, p.editedAt, p.hidden, p.helpfulCount, p.clinicalReview from ForumPost p"
                + " where p.thread = :thread and p.number between :first and :last"
                + " order by p.number",
            Object[].class)
        .setParameter("thread", thread)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList();
  }

  public Optional<ForumPost> post(ForumThread thread, int number) {
    return em.createNamedQuery("ForumPost.findByNumber", ForumPost.class)
        .setParameter("thread", thread)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  public long postsSince(Account author, Instant since) {
    return em.createNamedQuery("ForumPost.countByAuthorSince", Long.class)
        .setParameter("author", author)
        .setParameter("since", since)
        .getSingleResult();
  }

  public List<PostRevision> revisions(Collection<Long> postIds) {
    return postIds.isEmpty()
        ? List.of()
        : em.createNamedQuery("PostRevision.findByPosts", PostRevision.class)
            .setParameter("posts", postIds)
            .getResultList();
  }

  /**
   * The numbers of posts {@code first}…{@code last} of the thread that the account marked helpful.
   */
  public Set<Integer> helpfulMarks(Account account, ForumThread thread, int first, int last) {
    return new HashSet<>(
        em.createNamedQuery("HelpfulMark.findMine", Integer.class)
            .setParameter("account", account.getId())
            .setParameter("thread", thread)
            .setParameter("first", first)
            .setParameter("last", last)
            .getResultList());
  }

  public Optional<HelpfulMark> helpfulMark(ForumPost post, Account account) {
    return Optional.ofNullable(
        em.find(HelpfulMark.class, new HelpfulMark.Key(post.getId(), account.getId())));
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  /** How far the account has read each of these threads (threads never opened are absent). */
  public Map<Long, Integer> readMarkers(Account account, Collection<Long> threadIds) {
    Map<Long, Integer> read = new HashMap<>();
    if (!threadIds.isEmpty()) {
      em.createNamedQuery("ReadMarker.findForThreads", ReadMarker.class)
          .setParameter("account", account.getId())
          .setParameter("threads", threadIds)
          .getResultStream()
          .forEach(m -> read.put(m.getId().threadId(), m.getLastRead()));
    }
    return read;
  }

  public Optional<ReadMarker> readMarker(ForumThread thread, Account account) {
    return Optional.ofNullable(
        em.find(ReadMarker.class, new ReadMarker.Key(thread.getId(), account.getId())));
  }

  /**
   * Moves the account's read marker in the thread on to {@code number}, making it if need be. Two
   * tabs opening a thread at once would both make it; so the first marker is made under a lock on
   * the reader's account row, and looked for again (a locking read sees the other tab's).
   */
  public void readUpTo(long threadId, long accountId, int number) {
    ReadMarker.Key key = new ReadMarker.Key(threadId, accountId);
    ReadMarker marker = em.find(ReadMarker.class, key);
    if (marker == null) {
      em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
      marker = em.find(ReadMarker.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
    if (marker == null) {
      em.persist(new ReadMarker(threadId, accountId, number));
    } else {
      marker.readUpTo(number);
    }
  }

  public Optional<PostFlag> flag(ForumPost post, Account account) {
    return em.createNamedQuery("PostFlag.find", PostFlag.class)
        .setParameter("post", post)
        .setParameter("account", account)
        .getResultStream()
        .findFirst();
  }

  public List<PostFlag> openFlags(ForumPost post) {
    return em.createNamedQuery("PostFlag.findOpenByPost", PostFlag.class)
        .setParameter("post", post)
        .getResultList();
  }

  /** Open flags of the given kinds on a network's posts, oldest first. */
  public List<PostFlag> openFlags(LearningNetwork network, Collection<PostFlag.Kind> kinds) {
    return em.createNamedQuery("PostFlag.findOpenByNetwork", PostFlag.class)
        .setParameter("network", network)
        .setParameter("kinds", kinds)
        .getResultList();
  }

  public Optional<ClinicalReview> openClinicalReview(ForumPost post) {
    return em.createNamedQuery("ClinicalReview.findOpenByPost", ClinicalReview.class)
        .setParameter("post", post)
        .getResultStream()
        .findFirst();
  }

  /** A network's unanswered clinical reviews, the soonest due first. */
  public List<ClinicalReview> openClinicalReviews(LearningNetwork network) {
    return em.createNamedQuery("ClinicalReview.findOpenByNetwork", ClinicalReview.class)
        .setParameter("network", network)
        .getResultList();
  }

  /** A network's latest answered clinical reviews, the latest first. */
  public List<ClinicalReview> answeredClinicalReviews(LearningNetwork network, int max) {
    return em.createNamedQuery("ClinicalReview.findDecidedByNetwork", ClinicalReview.class)
        .setParameter("network", network)
        .setMaxResults(max)
        .getResultList();
  }

  public Optional<ClinicalReview> clinicalReview(long id) {
    return Optional.ofNullable(em.find(ClinicalReview.class, id));
  }

  public Optional<NetworkSuspension> currentSuspension(
      LearningNetwork network, Account account, Instant now) {
    return em.createNamedQuery("NetworkSuspension.findCurrent", NetworkSuspension.class)
        .setParameter("network", network)
        .setParameter("account", account)
        .setParameter("now", now)
        .getResultStream()
        .findFirst();
  }

  public List<NetworkSuspension> currentSuspensions(LearningNetwork network, Instant now) {
    return em.createNamedQuery("NetworkSuspension.findCurrentInNetwork", NetworkSuspension.class)
        .setParameter("network", network)
        .setParameter("now", now)
        .getResultList();
  }

  public Optional<NetworkSuspension> suspension(long id) {
    return Optional.ofNullable(em.find(NetworkSuspension.class, id));
  }

  public List<ModerationAction> moderationLog(LearningNetwork network, int first, int max) {
    return em.createNamedQuery("ModerationAction.findByNetwork", ModerationAction.class)
        .setParameter("network", network)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long moderationLogSize(LearningNetwork network) {
    return em.createNamedQuery("ModerationAction.countByNetwork", Long.class)
        .setParameter("network", network)
        .getSingleResult();
  }

  /** Active members of every network, by network id. */
  public Map<Long, Long> memberCounts() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery("NetworkMembership.countActive", Object[].class).getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** Writes pending changes now, so that new rows have their ids. */
  public void flush() {
    em.flush();
  }

  public List<FaqEntry> faq(LearningNetwork network) {
    return em.createNamedQuery("FaqEntry.ofNetwork", FaqEntry.class)
        .setParameter("network", network)
        .getResultList();
  }

  public Optional<FaqEntry> faqEntry(long id) {
    return Optional.ofNullable(em.find(FaqEntry.class, id));
  }

  /** The team's private topic, if it has one yet. */
  public Optional<ForumCategory> teamTopic(Team team) {
    return em.createNamedQuery("ForumCategory.ofTeam", ForumCategory.class)
        .setParameter("team", team)
        .getResultStream()
        .findFirst();
  }

  public boolean categoryNamed(LearningNetwork network, String name) {
    return em.createNamedQuery("ForumCategory.countNamed", Long.class)
            .setParameter("network", network)
            .setParameter("name", name)
            .getSingleResult()
        > 0;
  }

  /** A topic's threads, pinned first, then by latest activity; at most {@code max}. */
  public List<ForumThread> threadsIn(ForumCategory topic, int max) {
    return em.createNamedQuery("ForumThread.findByCategory", ForumThread.class)
        .setParameter("category", topic)
        .setMaxResults(max)
        .getResultList();
  }
}
