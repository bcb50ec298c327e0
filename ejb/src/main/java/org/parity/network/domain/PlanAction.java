package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import org.parity.identity.domain.EmailAddress;

/** One action of a team's plan: what, who owns it, by when, and the day it was done. */
@Entity
public class PlanAction {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_action_seq")
  @SequenceGenerator(
      name = "plan_action_seq",
      sequenceName = "plan_action_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private ActionPlan plan;

  private String description;
  private String owner;
  private LocalDate due;
  private LocalDate doneOn;
  private String addedBy;
  private Instant addedAt;

  protected PlanAction() {}

  PlanAction(
      ActionPlan plan, String description, String owner, LocalDate due, String by, Instant now) {
    this.plan = plan;
    this.description = description;
    this.owner = EmailAddress.normalise(owner);
    this.due = due;
    this.addedBy = EmailAddress.normalise(by);
    this.addedAt = now;
  }

  void done(LocalDate today) {
    if (doneOn == null) {
      doneOn = today;
    }
  }

  public boolean isDone() {
    return doneOn != null;
  }

  /** Not done, and its due date has passed (an action due today is not late yet). */
  public boolean isOverdue(LocalDate today) {
    return doneOn == null && due.isBefore(today);
  }

  public Long getId() {
    return id;
  }

  public ActionPlan getPlan() {
    return plan;
  }

  public String getDescription() {
    return description;
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getDue() {
    return due;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }
}
