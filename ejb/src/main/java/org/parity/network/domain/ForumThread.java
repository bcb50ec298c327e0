package org.parity.network.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.parity.curriculum.domain.LinesConverter;
import org.parity.identity.domain.Account;

/**
 * A conversation in a network's forum. It numbers its posts itself (1, 2, 3 …) so that pages of 25
 * are found by number, however long the thread grows.
 */
// Cached: every page of a thread reads it; a reply, a move or a lock updates the cached copy.
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NamedQuery(
    name = "ForumThread.findByNetwork",
    query =
        "select t from ForumThread t join fetch t.author join fetch t.category where t.network ="
            + " :network and t.category.team is null order by t.pinned desc, t.lastPostAt desc, t.id desc")
@NamedQuery(
    name = "ForumThread.countByNetwork",
    query =
        "select count(t) from ForumThread t where t.network = :network and t.category.team is null")
@NamedQuery(
    name = "ForumThread.findByCategory",
    query =
        "select t from ForumThread t join fetch t.author where t.category = :category"
            + " order by t.pinned desc, t.lastPostAt desc, t.id desc")
public class ForumThread {

  public static final int TITLE_LIMIT = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_thread_seq")
  @SequenceGenerator(
      name = "forum_thread_seq",
      sequenceName = "forum_thread_seq",
      allocationSize = 50)
  private Long id;

  // Lazy: a thread page needs none of them joined; the network and category come from the cache.
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private LearningNetwork network;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private ForumCategory category;

  private String title;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Account author;

  @Convert(converter = LinesConverter.class)
  private List<String> tags = new ArrayList<>();

  private String moduleSlug;
  private String caseStudySlug;
  private Long libraryResourceId;
  private boolean locked;
  private boolean pinned;
  private Instant createdAt;
  private Instant lastPostAt;
  private int postCount;

  @Version private long version;

  protected ForumThread() {}

  public ForumThread(ForumCategory category, String title, Account author, Instant now) {
    this.network = category.getNetwork();
    this.category = category;
    this.title = title;
    this.author = author;
    this.createdAt = now;
    this.lastPostAt = now;
  }

  /** Taxonomy codes and the module or case study the thread is about (either may be null). */
  public void describe(List<String> tags, String moduleSlug, String caseStudySlug) {
    this.tags = new ArrayList<>(tags);
    this.moduleSlug = moduleSlug;
    this.caseStudySlug = caseStudySlug;
  }

  /** The network library's entry the thread is about, if any. */
  public void about(Long libraryResourceId) {
    this.libraryResourceId = libraryResourceId;
  }

  public Long getLibraryResourceId() {
    return libraryResourceId;
  }

  /**
   * The next post of this thread; the thread's version makes two replies at once queue up. A locked
   * thread takes no more replies, except from those who moderate it.
   */
  public ForumPost post(
      Account writer, String markdown, String html, Instant now, boolean moderator) {
    if (locked && !moderator) {
      throw new NetworkException(
          "A facilitator has locked this thread; it takes no more replies.", "forum.error.locked");
    }
    postCount++;
    lastPostAt = now;
    network.touch(now);
    return new ForumPost(this, postCount, writer, markdown, html, now);
  }

  public void lock(boolean locked) {
    this.locked = locked;
  }

  public void pin(boolean pinned) {
    this.pinned = pinned;
  }

  public void moveTo(ForumCategory category) {
    if (!category.getNetwork().getId().equals(network.getId())) {
      throw new NetworkException(
          "A thread moves only between topics of its own network.", "forum.error.moveElsewhere");
    }
    this.category = category;
  }

  public Long getId() {
    return id;
  }

  public LearningNetwork getNetwork() {
    return network;
  }

  public ForumCategory getCategory() {
    return category;
  }

  public String getTitle() {
    return title;
  }

  public Account getAuthor() {
    return author;
  }

  public Instant getLastPostAt() {
    return lastPostAt;
  }

  /** Moves on with every reply, lock, pin or move: what a visitor's page of it depends on. */
  public long getVersion() {
    return version;
  }

  public int getPostCount() {
    return postCount;
  }

  public List<String> getTags() {
    return tags;
  }

  public String getModuleSlug() {
    return moduleSlug;
  }

  public String getCaseStudySlug() {
    return caseStudySlug;
  }

  public boolean isLocked() {
    return locked;
  }

  public boolean isPinned() {
    return pinned;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
