package org.parity.learning.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.parity.identity.domain.Account;

/**
 * One line of a learner's CPD log: what they did, when, for how long, and what they made of it. An
 * entry Parity wrote from a completion keeps its facts (they are on the certificate); the learner
 * writes its reflective account. An entry added by hand is the learner's to change or remove.
 */
@Entity
@NamedQuery(
    name = "CpdEntry.forEventRegistration",
    query = "select e from CpdEntry e where e.eventRegistrationId = :registration")
@NamedQuery(
    name = "CpdEntry.findInPeriod",
    query =
        "select e from CpdEntry e where e.learner = :learner and e.activityDate between :from and"
            + " :to order by e.activityDate desc, e.id desc")
public class CpdEntry {

  public enum Source {
    COMPLETION,
    EVENT,
    MANUAL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cpd_entry_seq")
  @SequenceGenerator(name = "cpd_entry_seq", sequenceName = "cpd_entry_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Account learner;

  @Enumerated(EnumType.STRING)
  private Source source;

  private String title;
  private String provider;
  private LocalDate activityDate;
  private BigDecimal hours;
  private boolean participatory;
  private String certificateCode;

  /** For attendance: the network's registration it records (an id of the network's, no more). */
  private Long eventRegistrationId;

  @Embedded private ReflectiveAccount reflection = ReflectiveAccount.EMPTY;
  private Instant createdAt;
  private Instant updatedAt;

  @Version private long version;

  protected CpdEntry() {}

  private CpdEntry(Account learner, Source source, CpdActivity activity, Instant now) {
    this.learner = learner;
    this.source = source;
    this.title = activity.title();
    this.provider = activity.provider();
    this.activityDate = activity.date();
    this.hours = activity.hours();
    this.participatory = activity.participatory();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Learning done elsewhere, logged by hand. */
  public static CpdEntry manual(Account learner, CpdActivity activity, Instant now) {
    return new CpdEntry(learner, Source.MANUAL, activity, now);
  }

  /** A completion in Parity: the facts come from its certificate. */
  public static CpdEntry completion(
      Certificate certificate, ReflectiveAccount reflection, LocalDate day, Instant now) {
    CpdEntry entry =
        new CpdEntry(
            certificate.getLearner(),
            Source.COMPLETION,
            new CpdActivity(
                certificate.getTitle(),
                certificate.getPublishers(),
                day,
                certificate.getCpdHours(),
                false), // e-learning done alone
            now);
    entry.certificateCode = certificate.getCode();
    entry.reflection = reflection;
    return entry;
  }

  /** Attendance at a network event, marked by its facilitator. */
  public static CpdEntry attendance(
      Account learner, CpdActivity activity, long eventRegistrationId, Instant now) {
    CpdEntry entry = new CpdEntry(learner, Source.EVENT, activity, now);
    entry.eventRegistrationId = eventRegistrationId;
    return entry;
  }

  public void changeActivity(CpdActivity activity, Instant now) {
    if (source != Source.MANUAL) {
      throw new LearningException(
          "Parity recorded this activity; you can write its reflection, not change its facts.");
    }
    this.title = activity.title();
    this.provider = activity.provider();
    this.activityDate = activity.date();
    this.hours = activity.hours();
    this.participatory = activity.participatory();
    this.updatedAt = now;
  }

  public void reflect(ReflectiveAccount account, Instant now) {
    this.reflection = account;
    this.updatedAt = now;
  }

  public boolean isRemovable() {
    return source == Source.MANUAL;
  }

  public boolean belongsTo(Account account) {
    return learner.getId().equals(account.getId());
  }

  public Long getId() {
    return id;
  }

  public Source getSource() {
    return source;
  }

  public String getTitle() {
    return title;
  }

  public String getProvider() {
    return provider;
  }

  public LocalDate getActivityDate() {
    return activityDate;
  }

  public boolean isParticipatory() {
    return participatory;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public String getCertificateCode() {
    return certificateCode;
  }

  public ReflectiveAccount getReflection() {
    return reflection == null ? ReflectiveAccount.EMPTY : reflection;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
