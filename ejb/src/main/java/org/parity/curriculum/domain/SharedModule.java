package org.parity.curriculum.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.parity.identity.domain.Organisation;

/**
 * A module as a lasting thing: its address (slug) and its owner, the one publisher who may change
 * it. What it says lives in its versions; any publisher's curriculum may include a published
 * version.
 */
@Entity
@Table(name = "course_module")
@NamedQuery(
    name = "SharedModule.findBySlug",
    query = "select m from SharedModule m where m.slug = :slug")
public class SharedModule {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_module_seq")
  @SequenceGenerator(
      name = "course_module_seq",
      sequenceName = "course_module_seq",
      allocationSize = 50)
  private Long id;

  private String slug;

  @ManyToOne(optional = false)
  private Organisation owner;

  private Instant createdAt;

  @Version private long version;

  protected SharedModule() {}

  public SharedModule(String slug, Organisation owner, Instant now) {
    this.slug = slug;
    this.owner = owner;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public Organisation getOwner() {
    return owner;
  }
}
