package org.parity.browser.pages;

import java.time.LocalDate;
import org.openqa.selenium.JavascriptExecutor;
import org.parity.browser.Browser;

/**
 * A team's plan, /networks/{slug}/teams/{id}/plan: writing it, actions with owners and due dates,
 * dated updates, marking it done and turning it into a case-study draft.
 */
public class ActionPlanPage {

  private final Browser browser;

  public ActionPlanPage(Browser browser) {
    this.browser = browser;
  }

  /** Writes the aim and measures (the problem comes from the team) and saves the plan. */
  public ActionPlanPage write(String aim, String measures) {
    browser.type("[id='plan:planAim']", aim);
    browser.type("[id='plan:planMeasures']", measures);
    browser.submit("[id='plan:save']");
    return this;
  }

  /** Adds an action for the owner (as the list names them) due on that day. */
  public ActionPlanPage addAction(String what, String owner, LocalDate due) {
    browser.type("[id='action:actionDescription']", what);
    browser.choose("[id='action:actionOwner']", owner);
    // A date field's typing order follows the browser's locale; its value does not.
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].value = arguments[1];",
            browser.find("[id='action:actionDue']"),
            due.toString());
    browser.submit("[id='action:add']");
    return this;
  }

  /** Posts an update about one action, marking it done or not. */
  public ActionPlanPage update(String action, String body, boolean done) {
    browser.choose("[id='update:updateAction']", action);
    browser.type("[id='update:updateBody']", body);
    if (browser.find("[id='update:actionDone']").isSelected() != done) {
      browser.find("[id='update:actionDone']").click();
    }
    browser.submit("[id='update:post']");
    return this;
  }

  /** Links an entry of the network's library, as the list names it. */
  public ActionPlanPage linkResource(String title) {
    browser.choose("[id='resources:resource']", title);
    browser.submit("[id='resources:link']");
    return this;
  }

  /** Marks the plan done, answering yes when asked; answers the question asked. */
  public String finish() {
    return browser.submitConfirming("[id='finishing:finish']");
  }

  /** Turns the done plan into a case-study draft, answering yes; the draft's page opens. */
  public String turnIntoCaseStudy() {
    return browser.submitConfirming("[id='turning:turn']");
  }

  /** The actions table, as text. */
  public String actions() {
    return browser.text("#action-table");
  }

  public String messages() {
    return browser.text("#messages");
  }
}
