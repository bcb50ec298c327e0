package org.parity.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parity.identity.domain.Account;

/**
 * Something a regulator asks for besides CPD, in the person's own words: hours of practice, a piece
 * of practice-related feedback, a reflective discussion with a colleague (named, with their
 * registration number), a quality improvement activity or a significant event.
 */
@Entity
@Table(name = "revalidation_evidence")
public class Evidence {

  public enum Kind {
    PRACTICE_HOURS,
    FEEDBACK,
    DISCUSSION,
    QUALITY_IMPROVEMENT,
    SIGNIFICANT_EVENT
  }

  /** What the person wrote, before it is checked. */
  public record Written(
      Kind kind,
      LocalDate date,
      String title,
      BigDecimal hours,
      String details,
      String reflection,
      String partnerName,
      String partnerRegistration) {

    /** What is wrong with it, field by field (message keys). */
    public Map<String, String> problems(LocalDate today) {
      Map<String, String> problems = new LinkedHashMap<>();
      if (kind == null) {
        problems.put("kind", "evidence.kind.required");
      }
      if (date == null) {
        problems.put("date", "cpd.date.required");
      } else if (date.isAfter(today)) {
        problems.put("date", "cpd.date.future");
      }
      if (title == null || title.isBlank()) {
        problems.put("title", "evidence.title.required");
      } else if (title.length() > 200) {
        problems.put("title", "cpd.title.long");
      }
      if (kind == Kind.PRACTICE_HOURS
          && (hours == null
              || hours.signum() <= 0
              || hours.compareTo(new BigDecimal("10000")) > 0
              || hours.scale() > 2)) {
        problems.put("hours", "evidence.hours.range");
      }
      if (kind == Kind.DISCUSSION && (partnerName == null || partnerName.isBlank())) {
        problems.put("partnerName", "evidence.partner.required");
      }
      if (tooLong(partnerName, 200)) {
        problems.put("partnerName", "field.tooLong");
      }
      if (tooLong(partnerRegistration, 40)) {
        problems.put("partnerRegistration", "field.tooLong");
      }
      if (tooLong(details, 10_000)) {
        problems.put("details", "field.tooLong");
      }
      if (tooLong(reflection, 10_000)) {
        problems.put("reflection", "field.tooLong");
      }
      return problems;
    }

    private static boolean tooLong(String value, int most) {
      return value != null && value.length() > most;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revalidation_evidence_seq")
  @SequenceGenerator(
      name = "revalidation_evidence_seq",
      sequenceName = "revalidation_evidence_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Account learner;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private LocalDate occurredOn;
  private String title;
  private BigDecimal hours;
  private String details;
  private String reflection;
  private String partnerName;
  private String partnerRegistration;
  private Instant createdAt;

  @Version private long version;

  protected Evidence() {}

  public Evidence(Account learner, Written written, Instant now) {
    this.learner = learner;
    this.kind = written.kind();
    this.occurredOn = written.date();
    this.title = written.title().strip();
    this.hours = written.kind() == Kind.PRACTICE_HOURS ? written.hours() : null;
    this.details = blankToNull(written.details());
    this.reflection = blankToNull(written.reflection());
    this.partnerName =
        written.kind() == Kind.DISCUSSION ? blankToNull(written.partnerName()) : null;
    this.partnerRegistration =
        written.kind() == Kind.DISCUSSION ? blankToNull(written.partnerRegistration()) : null;
    this.createdAt = now;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public boolean belongsTo(Account account) {
    return learner.getId().equals(account.getId());
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public String getTitle() {
    return title;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public String getDetails() {
    return details;
  }

  public String getReflection() {
    return reflection;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public String getPartnerRegistration() {
    return partnerRegistration;
  }
}
