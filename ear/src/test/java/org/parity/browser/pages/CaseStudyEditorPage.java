package org.parity.browser.pages;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.WebElement;
import org.parity.browser.Browser;

/**
 * A case study being written, /case-studies/new or /case-studies/{slug}/edit: its fields (named as
 * the form names them: title, summary, setting, population, problem…), its attachments, saving,
 * submitting for review, and its status.
 */
public class CaseStudyEditorPage {

  private final Browser browser;

  public CaseStudyEditorPage(Browser browser) {
    this.browser = browser;
  }

  /** The author's draft of a study, by its slug. */
  public CaseStudyEditorPage open(String slug) {
    browser.open("/case-studies/" + slug + "/edit");
    return this;
  }

  /** Types into a field of the form, by its name there (title, summary, problem, costs…). */
  public CaseStudyEditorPage fill(String field, String text) {
    browser.type("[id='study:" + field + "']", text);
    return this;
  }

  /** What a field holds now. */
  public String value(String field) {
    return browser.find("[id='study:" + field + "']").getAttribute("value");
  }

  /** The error beside a field, if saving was refused. */
  public String errorBeside(String field) {
    return browser.fieldError("study:" + field);
  }

  /** Ticks one of the priority areas, by its code (LTC_MENTAL_HEALTH). */
  public CaseStudyEditorPage tickPriorityArea(String code) {
    browser.find("input[type=checkbox][value='" + code + "'][name='study:priorityAreas']").click();
    return this;
  }

  /** Ticks the one box with this value, whichever list it is in (PSYCH_SUPPORT). */
  public CaseStudyEditorPage tick(String value) {
    browser.find("input[type=checkbox][value='" + value + "']").click();
    return this;
  }

  /** Saves the draft: the browser is then on its edit page (or still here, if it was refused). */
  public CaseStudyEditorPage save() {
    browser.submit("[id='study:save']");
    return this;
  }

  /** Sends the draft to the reviewers: the browser is then on /case-studies/mine. */
  public void submitForReview() {
    browser.submit("[id='study:submit']");
  }

  /** "Draft", and so on. */
  public String status() {
    return browser.text("#status");
  }

  /** Uploads a file to attach. */
  public CaseStudyEditorPage attach(Path file) {
    browser.find("[id='files:file']").sendKeys(file.toString());
    browser.submit("[id='files:upload']");
    return this;
  }

  /** The error beside the file, if the upload was refused. */
  public String attachmentError() {
    return browser.fieldError("files:file");
  }

  /** The links to the files attached. */
  public List<WebElement> attachments() {
    return browser.findAll("#attachments a.attachment-link");
  }

  /** What the reviewers said. */
  public String reviewComments() {
    return browser.text("#review-comments");
  }
}
