package org.parity.network.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** A topic of a network's forum, under which members start threads. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NamedQuery(
    name = "ForumCategory.findByNetwork",
    query =
        "select c from ForumCategory c where c.network = :network and c.team is null"
            + " order by c.position")
@NamedQuery(
    name = "ForumCategory.ofTeam",
    query = "select c from ForumCategory c where c.team = :team")
@NamedQuery(
    name = "ForumCategory.countNamed",
    query = "select count(c) from ForumCategory c where c.network = :network and c.name = :name")
public class ForumCategory {

  /** Where a team's topic sorts: after any topic a network has. */
  public static final int TEAM_POSITION = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_category_seq")
  @SequenceGenerator(
      name = "forum_category_seq",
      sequenceName = "forum_category_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private LearningNetwork network;

  private String name;
  private String description;
  private int position;

  /** The team whose private topic this is; null for the network's own topics. */
  @ManyToOne(fetch = FetchType.LAZY)
  private Team team;

  protected ForumCategory() {}

  /** A team's private topic in its network, named {@code name} (unique in the network). */
  public static ForumCategory ofTeam(Team team, String name) {
    ForumCategory topic =
        new ForumCategory(
            team.getNetwork(),
            name,
            "The team's own discussion: only its members and the network's facilitators read it.",
            TEAM_POSITION);
    topic.team = team;
    return topic;
  }

  /**
   * Whether someone may read it: anyone who may read the network, for the network's topics; for a
   * team's, only its active members and ({@code moderator}) the network's facilitators.
   */
  public boolean isOpenTo(String email, boolean moderator) {
    return team == null || moderator || (email != null && team.isActiveMember(email));
  }

  public boolean isTeamTopic() {
    return team != null;
  }

  public Team getTeam() {
    return team;
  }

  public ForumCategory(LearningNetwork network, String name, String description, int position) {
    this.network = network;
    this.name = name;
    this.description = description;
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public LearningNetwork getNetwork() {
    return network;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }
}
