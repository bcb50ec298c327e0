package org.parity.curriculum.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.parity.identity.domain.Organisation;

/**
 * A curriculum as a lasting thing: its address and its lead publisher. Its content is in versions.
 */
@Entity
@NamedQuery(
    name = "Curriculum.findBySlug",
    query = "select c from Curriculum c where c.slug = :slug")
public class Curriculum {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curriculum_seq")
  @SequenceGenerator(name = "curriculum_seq", sequenceName = "curriculum_seq", allocationSize = 50)
  private Long id;

  private String slug;

  @ManyToOne(optional = false)
  private Organisation leadPublisher;

  private Instant createdAt;

  @Version private long version;

  protected Curriculum() {}

  public Curriculum(String slug, Organisation leadPublisher, Instant now) {
    this.slug = slug;
    this.leadPublisher = leadPublisher;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public Organisation getLeadPublisher() {
    return leadPublisher;
  }
}
