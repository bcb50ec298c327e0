package org.parity.network.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
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
    query = "select c from ForumCategory c where c.network = :network order by c.position")
public class ForumCategory {

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

  protected ForumCategory() {}

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
