package org.parity.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.parity.identity.application.Caller;
import org.parity.network.application.ActionPlans;
import org.parity.network.application.ActionPlans.PlanView;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /networks/{slug}/teams/{id}/plan: the team's improvement plan, for the team and the
 * network's facilitators; its members write it, its leads finish it and turn it into a case-study
 * draft. Read from its address on every request.
 */
@Named
@RequestScoped
public class ActionPlanPage {

  @Inject ActionPlans plans;
  @Inject Caller caller;
  @Inject PageMessages messages;

  private String slug;
  private Long id;
  private PlanView plan;
  private boolean refused;

  private String problem;
  private String aim;
  private String measures;
  private String description;
  private String owner;
  private LocalDate due;
  private Long updateAction;
  private String updateBody;
  private boolean actionDone;
  private Long resource;

  @PostConstruct
  void readAddress() {
    slug = PageAddress.parameter("slug");
    id = PageAddress.number("id");
    if (slug != null && id != null && caller.isSignedIn()) {
      try {
        read();
        problem = plan.problem();
        aim = plan.aim();
        measures = plan.measures();
      } catch (InvalidInput unknown) {
        plan = null;
      } catch (EJBAccessException e) {
        refused = true;
      }
    }
  }

  /** Signs a visitor in first; else 404 for an unknown team, 403 for someone outside it. */
  public void load() {
    if (!caller.isSignedIn() && slug != null && id != null) {
      PageAddress.signInFirst("/networks/" + slug + "/teams/" + id + "/plan");
    } else if (refused) {
      PageAddress.forbidden();
    } else if (plan == null) {
      PageAddress.notFound();
    }
  }

  public void write() {
    step(() -> plans.write(slug, id, problem, aim, measures), "plan.saved", "plan");
  }

  public void addAction() {
    if (step(
        () -> plans.addAction(slug, id, description, owner, due), "plan.actionAdded", "action")) {
      description = null;
      owner = null;
      due = null;
    }
  }

  public void addUpdate() {
    if (step(
        () -> plans.addUpdate(slug, id, updateAction, updateBody, actionDone),
        "plan.updateAdded",
        "update")) {
      updateAction = null;
      updateBody = null;
      actionDone = false;
    }
  }

  /** Links an entry of the network's library to the plan. */
  public void linkResource() {
    if (step(() -> plans.linkResource(slug, id, resource), "plan.resourceAdded", "resources")) {
      resource = null;
    }
  }

  public void unlinkResource(long resourceId) {
    step(() -> plans.unlinkResource(slug, id, resourceId), "plan.resourceRemoved", "resources");
  }

  public Long getResource() {
    return resource;
  }

  public void setResource(Long resource) {
    this.resource = resource;
  }

  public void finish() {
    step(() -> plans.finish(slug, id), "plan.finished", "finish");
  }

  /** Turns the done plan into a case-study draft and opens it. */
  public void toCaseStudy() {
    String[] study = new String[1];
    if (messages.attempt(
        () -> study[0] = plans.toCaseStudy(slug, id, PageAddress.base()),
        "plan.caseStudyStarted",
        "turning")) {
      messages.keepForNextPage();
      PageAddress.redirect("/case-studies/" + study[0] + "/edit");
    }
  }

  /** Runs one change and reads the plan afresh; says on the page how it went. */
  private boolean step(Runnable change, String done, String form) {
    if (!messages.attempt(change, done, form)) {
      return false;
    }
    read();
    return true;
  }

  private void read() {
    plan = plans.read(slug, id);
  }

  public PlanView getPlan() {
    return plan;
  }

  /** Today, the earliest due date a new action may have. */
  public LocalDate getToday() {
    return plans.today();
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public String getAim() {
    return aim;
  }

  public void setAim(String aim) {
    this.aim = aim;
  }

  public String getMeasures() {
    return measures;
  }

  public void setMeasures(String measures) {
    this.measures = measures;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getDue() {
    return due;
  }

  public void setDue(LocalDate due) {
    this.due = due;
  }

  public Long getUpdateAction() {
    return updateAction;
  }

  public void setUpdateAction(Long updateAction) {
    this.updateAction = updateAction;
  }

  public String getUpdateBody() {
    return updateBody;
  }

  public void setUpdateBody(String updateBody) {
    this.updateBody = updateBody;
  }

  public boolean isActionDone() {
    return actionDone;
  }

  public void setActionDone(boolean actionDone) {
    this.actionDone = actionDone;
  }
}
