package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.parity.identity.domain.EmailAddress;

/** A dated status update on a team's plan, or on one of its actions. */
@Entity
public class PlanUpdate {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_update_seq")
  @SequenceGenerator(
      name = "plan_update_seq",
      sequenceName = "plan_update_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private ActionPlan plan;

  @ManyToOne(fetch = FetchType.LAZY)
  private PlanAction action;

  private String body;
  private String writtenBy;
  private Instant writtenAt;

  protected PlanUpdate() {}

  PlanUpdate(ActionPlan plan, PlanAction action, String body, String by, Instant now) {
    this.plan = plan;
    this.action = action;
    this.body = body;
    this.writtenBy = EmailAddress.normalise(by);
    this.writtenAt = now;
  }

  public Long getId() {
    return id;
  }

  /** The action it is about, or null for the plan as a whole. */
  public PlanAction getAction() {
    return action;
  }

  public String getBody() {
    return body;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}
