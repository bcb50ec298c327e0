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
import jakarta.persistence.Version;
import java.time.Instant;
import org.parity.identity.domain.Organisation;
import org.parity.platform.InvalidInput;

/**
 * Another publisher's badge on a curriculum, with that publisher's consent: asked by the lead
 * publisher's editors, then accepted or declined by a PUBLISHER of the other publisher; either side
 * may withdraw it, with a reason. Only an accepted badge is shown.
 */
@Entity
@NamedQuery(
    name = "CoBadge.ofCurriculum",
    query =
        "select b from CoBadge b where b.curriculum = :curriculum order by b.askedAt desc, b.id desc")
@NamedQuery(
    name = "CoBadge.forPublishers",
    query =
        "select b from CoBadge b where b.publisher in :publishers and b.status in :statuses"
            + " order by b.askedAt desc, b.id desc")
public class CoBadge {

  public static final int MAX_REASON = 1000;

  public enum Status {
    ASKED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN;

    /** Whether the request still stands: nobody may ask again while it does. */
    public boolean isLive() {
      return this == ASKED || this == ACCEPTED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "co_badge_seq")
  @SequenceGenerator(name = "co_badge_seq", sequenceName = "co_badge_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Curriculum curriculum;

  @ManyToOne(optional = false)
  private Organisation publisher;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String askedBy;
  private Instant askedAt;
  private String answeredBy;
  private Instant answeredAt;
  private String withdrawnBy;
  private Instant withdrawnAt;
  private String reason;

  @Version private long version;

  protected CoBadge() {}

  /** The lead publisher asks {@code publisher} to put its badge on the curriculum. */
  public CoBadge(Curriculum curriculum, Organisation publisher, String askedBy, Instant now) {
    if (curriculum.getLeadPublisher().getId().equals(publisher.getId())) {
      throw new WorkflowException(
          "The lead publisher's badge is on the curriculum already.",
          "studio.refusal.leadIsBadged");
    }
    this.curriculum = curriculum;
    this.publisher = publisher;
    this.askedBy = askedBy;
    this.askedAt = now;
    this.status = Status.ASKED;
  }

  /** A badge agreed outside the studio, as Parity's own starter content is. */
  public static CoBadge agreed(
      Curriculum curriculum, Organisation publisher, String by, Instant now) {
    CoBadge badge = new CoBadge(curriculum, publisher, by, now);
    badge.accept(by, now);
    return badge;
  }

  public void accept(String by, Instant now) {
    requireAsked();
    status = Status.ACCEPTED;
    answeredBy = by;
    answeredAt = now;
  }

  public void decline(String by, String why, Instant now) {
    requireAsked();
    String cleaned = why == null ? "" : why.trim();
    if (cleaned.length() > MAX_REASON) {
      throw InvalidInput.of("reason", "coBadge.reasonTooLong");
    }
    status = Status.DECLINED;
    answeredBy = by;
    answeredAt = now;
    reason = cleaned.isEmpty() ? null : cleaned;
  }

  /** Either side takes the badge (or a request not yet answered) back; the reason is required. */
  public void withdraw(String by, String why, Instant now) {
    if (!status.isLive()) {
      throw new WorkflowException(
          "This co-badge has already ended.", "studio.refusal.coBadgeEnded");
    }
    String cleaned = why == null ? "" : why.trim();
    if (cleaned.isEmpty() || cleaned.length() > MAX_REASON) {
      throw InvalidInput.of("reason", "coBadge.reasonRequired");
    }
    status = Status.WITHDRAWN;
    withdrawnBy = by;
    withdrawnAt = now;
    reason = cleaned;
  }

  private void requireAsked() {
    if (status != Status.ASKED) {
      throw new WorkflowException(
          "This request has already been answered.", "studio.refusal.coBadgeAnswered");
    }
  }

  public boolean showsBadge() {
    return status == Status.ACCEPTED;
  }

  public Long getId() {
    return id;
  }

  public Curriculum getCurriculum() {
    return curriculum;
  }

  public Organisation getPublisher() {
    return publisher;
  }

  public Status getStatus() {
    return status;
  }

  public String getAskedBy() {
    return askedBy;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public String getReason() {
    return reason;
  }
}
