package org.parity.curriculum.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.parity.identity.domain.EmailAddress;
import org.parity.identity.domain.Organisation;

/**
 * A person a publisher invited to review for it: a CLINICAL_REVIEWER or a
 * LIVED_EXPERIENCE_REVIEWER. Kept by e-mail address, so the invitation works before they have an
 * account; it counts once an account with that address signs in, college member or not.
 */
@Entity
@NamedQuery(
    name = "PublisherReviewer.ofPublisher",
    query =
        "select r from PublisherReviewer r where r.publisher = :publisher order by r.kind, r.email")
@NamedQuery(
    name = "PublisherReviewer.byEmail",
    query = "select r from PublisherReviewer r where r.email = :email")
public class PublisherReviewer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publisher_reviewer_seq")
  @SequenceGenerator(
      name = "publisher_reviewer_seq",
      sequenceName = "publisher_reviewer_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Organisation publisher;

  private String email;

  @Enumerated(EnumType.STRING)
  private ReviewerKind kind;

  private String appointedBy;
  private Instant appointedAt;

  protected PublisherReviewer() {}

  public PublisherReviewer(
      Organisation publisher, String email, ReviewerKind kind, String appointedBy, Instant now) {
    this.publisher = publisher;
    this.email = EmailAddress.normalise(email);
    this.kind = kind;
    this.appointedBy = appointedBy;
    this.appointedAt = now;
  }

  public boolean isFor(Organisation organisation, ReviewerKind ofKind) {
    return publisher.getId().equals(organisation.getId()) && kind == ofKind;
  }

  public Long getId() {
    return id;
  }

  public Organisation getPublisher() {
    return publisher;
  }

  public String getEmail() {
    return email;
  }

  public ReviewerKind getKind() {
    return kind;
  }

  public String getAppointedBy() {
    return appointedBy;
  }

  public Instant getAppointedAt() {
    return appointedAt;
  }
}
