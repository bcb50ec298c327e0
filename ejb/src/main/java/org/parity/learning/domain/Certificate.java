package org.parity.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parity.identity.domain.Account;

/**
 * Proof that a learner completed a module or a curriculum. It copies what it certifies (name,
 * title, version, publishers, hours) so that it reads the same years later; anyone with its code
 * may check it, and a publisher may revoke it.
 */
@Entity
@NamedQuery(
    name = "Certificate.findByCode",
    query = "select c from Certificate c where c.code = :code")
@NamedQuery(
    name = "Certificate.findByLearner",
    query = "select c from Certificate c where c.learner = :learner order by c.issuedAt desc")
public class Certificate {

  /** Letters and digits that cannot be mistaken for one another when read aloud or typed. */
  private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private static final SecureRandom RANDOM = new SecureRandom();

  public enum Kind {
    MODULE,
    CURRICULUM
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
  @SequenceGenerator(
      name = "certificate_seq",
      sequenceName = "certificate_seq",
      allocationSize = 50)
  private Long id;

  private String code;

  @ManyToOne(optional = false)
  private Account learner;

  @ManyToOne(optional = false)
  private Enrolment enrolment;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private long subjectVersionId;
  private String learnerName;
  private String title;
  private int versionNumber;
  private String publishers;
  private BigDecimal cpdHours;
  private Instant issuedAt;
  private Instant revokedAt;
  private String revokedReason;

  /** One line an outcome: "framework label TAB code and title", as it stood at issue. */
  private String outcomesMet;

  /** The outcomes of one framework the holder met. */
  public record OutcomesMet(String framework, List<String> outcomes) {}

  protected Certificate() {}

  public Certificate(
      Enrolment enrolment,
      Kind kind,
      long subjectVersionId,
      String title,
      int versionNumber,
      String publishers,
      BigDecimal cpdHours,
      Instant now) {
    this.code = newCode();
    this.learner = enrolment.getLearner();
    this.enrolment = enrolment;
    this.kind = kind;
    this.subjectVersionId = subjectVersionId;
    this.learnerName = learner.getDisplayName();
    this.title = title;
    this.versionNumber = versionNumber;
    this.publishers = publishers;
    this.cpdHours = cpdHours;
    this.issuedAt = now;
  }

  /** Twelve characters from a 32-letter alphabet: 60 bits, not guessable. */
  static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    return code.toString();
  }

  /** Records the framework outcomes that completing this met, framework by framework. */
  public void recordOutcomes(List<OutcomesMet> met) {
    StringBuilder lines = new StringBuilder();
    for (OutcomesMet framework : met) {
      for (String outcome : framework.outcomes()) {
        lines
            .append(framework.framework().replace('\t', ' ').replace('\n', ' '))
            .append('\t')
            .append(outcome.replace('\n', ' '))
            .append('\n');
      }
    }
    outcomesMet = lines.isEmpty() ? null : lines.toString();
  }

  public List<OutcomesMet> getOutcomesMet() {
    if (outcomesMet == null) {
      return List.of();
    }
    Map<String, List<String>> byFramework = new LinkedHashMap<>();
    for (String line : outcomesMet.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        byFramework
            .computeIfAbsent(line.substring(0, tab), f -> new ArrayList<>())
            .add(line.substring(tab + 1));
      }
    }
    return byFramework.entrySet().stream()
        .map(e -> new OutcomesMet(e.getKey(), List.copyOf(e.getValue())))
        .toList();
  }

  public void revoke(String reason, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw new LearningException("Say why the certificate is revoked.");
    }
    if (revokedAt == null) {
      revokedAt = now;
      revokedReason = reason.strip();
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Account getLearner() {
    return learner;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public Kind getKind() {
    return kind;
  }

  public long getSubjectVersionId() {
    return subjectVersionId;
  }

  public String getLearnerName() {
    return learnerName;
  }

  public String getTitle() {
    return title;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public String getPublishers() {
    return publishers;
  }

  public BigDecimal getCpdHours() {
    return cpdHours;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedReason() {
    return revokedReason;
  }
}
