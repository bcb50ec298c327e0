package org.parity.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** A royal college or other publisher, an NHS trust, or another body people belong to. */
@Entity
@NamedQuery(name = "Organisation.findAll", query = "select o from Organisation o order by o.name")
@NamedQuery(
    name = "Organisation.findBySlug",
    query = "select o from Organisation o where o.slug = :slug")
@NamedQuery(
    name = "Organisation.findByNameLike",
    query = "select o from Organisation o where lower(o.name) like :pattern order by o.name")
public class Organisation {

  public static final int DEFAULT_REVIEW_MONTHS = 24;
  public static final int SHORTEST_REVIEW_MONTHS = 6;
  public static final int LONGEST_REVIEW_MONTHS = 60;

  public enum Kind {
    COLLEGE,
    PUBLISHER,
    TRUST,
    OTHER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
  @SequenceGenerator(
      name = "organisation_seq",
      sequenceName = "organisation_seq",
      allocationSize = 50)
  private Long id;

  private String slug;
  private String name;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private Instant createdAt;

  /** How long a publisher's published content stays current before it is due for review. */
  private int reviewMonths = DEFAULT_REVIEW_MONTHS;

  @Version private long version;

  protected Organisation() {}

  public Organisation(String name, Kind kind, Instant now) {
    this.name = name.trim();
    this.slug = slugOf(name);
    this.kind = kind;
    this.createdAt = now;
  }

  public static String slugOf(String name) {
    String slug =
        name.trim()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return slug.length() > 120 ? slug.substring(0, 120) : slug;
  }

  public void rename(String newName, Kind newKind) {
    this.name = newName.trim();
    this.kind = newKind;
  }

  /** The publisher's default time between reviews, in months (6 to 60). */
  public void chooseReviewMonths(int months) {
    if (months < SHORTEST_REVIEW_MONTHS || months > LONGEST_REVIEW_MONTHS) {
      throw org.parity.platform.InvalidInput.of("reviewMonths", "review.monthsRange");
    }
    reviewMonths = months;
  }

  public int getReviewMonths() {
    return reviewMonths;
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

  public Kind getKind() {
    return kind;
  }
}
