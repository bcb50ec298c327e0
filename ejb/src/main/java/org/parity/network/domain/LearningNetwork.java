package org.parity.network.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;
import org.hibernate.annotations.OptimisticLock;
import org.parity.curriculum.domain.LinesConverter;

/**
 * A learning network: members from different trusts and professions who work through local problems
 * together. Open networks take members at once; closed ones ask a facilitator.
 */
@Entity
// Only changed columns are written: moving latestActivityAt on must not rewrite the rest unchecked.
@DynamicUpdate
// Read by its address on every forum page: kept in the second-level cache, found by its natural id.
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
@NamedQuery(
    name = "LearningNetwork.findAll",
    query = "select n from LearningNetwork n order by n.latestActivityAt desc, n.name")
public class LearningNetwork {

  public static final int DEFAULT_CLINICAL_REVIEW_HOURS = 24;
  public static final int DEFAULT_NUDGE_DAYS = 14;
  public static final int MOST_NUDGE_DAYS = 90;

  /** A week at most: an unsafe post should not stand longer unanswered. */
  public static final int MOST_CLINICAL_REVIEW_HOURS = 168;

  public enum Access {
    OPEN,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_network_seq")
  @SequenceGenerator(
      name = "learning_network_seq",
      sequenceName = "learning_network_seq",
      allocationSize = 50)
  private Long id;

  @NaturalId private String slug;
  private String name;
  private String description;

  @Enumerated(EnumType.STRING)
  private Access access;

  @Convert(converter = LinesConverter.class)
  private List<String> challenges = new ArrayList<>();

  @Convert(converter = LinesConverter.class)
  private List<String> priorityAreas = new ArrayList<>();

  @Convert(converter = LinesConverter.class)
  private List<String> settings = new ArrayList<>();

  private Instant createdAt;

  /** How long the network's clinical reviewers have to answer a clinical-safety flag. */
  private int clinicalReviewHours = DEFAULT_CLINICAL_REVIEW_HOURS;

  /** After how many quiet days a member is nudged about their team's learning. */
  private int nudgeDays = DEFAULT_NUDGE_DAYS;

  /**
   * Moved on by every post, join and event in the network: it takes part in no version check, or
   * replies in two threads at once would refuse each other. It only ever moves forward.
   */
  @OptimisticLock(excluded = true)
  private Instant latestActivityAt;

  @Version private long version;

  protected LearningNetwork() {}

  public LearningNetwork(
      String slug,
      String name,
      String description,
      Access access,
      List<String> challenges,
      List<String> priorityAreas,
      List<String> settings,
      Instant now) {
    this.slug = slug;
    this.name = name;
    this.description = description;
    this.access = access;
    this.challenges = new ArrayList<>(challenges);
    this.priorityAreas = new ArrayList<>(priorityAreas);
    this.settings = new ArrayList<>(settings);
    this.createdAt = now;
    this.latestActivityAt = now;
  }

  /**
   * How far behind "latest activity" may lag. A busy network's row is written at most once a
   * minute: every reply's rows point at it (a shared lock each), so each write of it waits for the
   * replies in flight, and two replies that both wrote it deadlocked.
   */
  private static final Duration ACTIVITY_STEP = Duration.ofMinutes(1);

  /** Whether something happening now would move "latest activity" on (see {@link #touch}). */
  public boolean activityDue(Instant now) {
    return !now.isBefore(latestActivityAt.plus(ACTIVITY_STEP));
  }

  /**
   * Something happened here (a member joined, a post, an event): the list sorts by it, to the
   * minute.
   */
  public void touch(Instant now) {
    if (activityDue(now)) {
      latestActivityAt = now;
    }
  }

  public int getClinicalReviewHours() {
    return clinicalReviewHours;
  }

  public void answerClinicalReviewsWithin(int hours) {
    if (hours < 1 || hours > MOST_CLINICAL_REVIEW_HOURS) {
      throw new NetworkException(
          "Clinical reviews are answered within 1 to " + MOST_CLINICAL_REVIEW_HOURS + " hours.",
          "clinical.hours.range");
    }
    clinicalReviewHours = hours;
  }

  public int getNudgeDays() {
    return nudgeDays;
  }

  public void nudgeAfter(int days) {
    if (days < 3 || days > MOST_NUDGE_DAYS) {
      throw new NetworkException(
          "Members are nudged after 3 to " + MOST_NUDGE_DAYS + " quiet days.", "nudge.days.range");
    }
    nudgeDays = days;
  }

  public boolean isOpen() {
    return access == Access.OPEN;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public Access getAccess() {
    return access;
  }

  public List<String> getChallenges() {
    return List.copyOf(challenges);
  }

  public List<String> getPriorityAreas() {
    return List.copyOf(priorityAreas);
  }

  public List<String> getSettings() {
    return List.copyOf(settings);
  }

  public Instant getLatestActivityAt() {
    return latestActivityAt;
  }

  /** Whether the other is this network: the same row, or the same object before it has one. */
  public boolean isSameAs(LearningNetwork other) {
    return other == this || (id != null && other != null && id.equals(other.getId()));
  }
}
