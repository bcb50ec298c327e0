package org.parity.browser.pages;

import org.parity.browser.Browser;

/**
 * A module version in the studio, /studio/module?v=…: its details and units, its way through review
 * (submit, return with a comment, publish, a new draft), its status and its history.
 */
public class StudioModulePage {

  private final Browser browser;

  public StudioModulePage(Browser browser) {
    this.browser = browser;
  }

  public StudioModulePage open(long version) {
    browser.open("/studio/module?v=" + version);
    return this;
  }

  /**
   * Starts a new module on the studio desk for one of the editor's publishers (by name); the
   * browser is then on its draft's page.
   */
  public StudioModulePage create(String owner, String title, String slug) {
    browser.open("/studio");
    browser.choose("[id='newModule:owner']", owner);
    browser.type("[id='newModule:title']", title);
    browser.type("[id='newModule:slug']", slug);
    browser.submit("[id='newModule:create']");
    return this;
  }

  /** The id of the version open, from the page's address. */
  public long versionId() {
    return Long.parseLong(browser.url().replaceAll(".*[?&]v=(\\d+).*", "$1"));
  }

  /** Sets the draft's learning outcomes, one a line, and saves its details. */
  public StudioModulePage learningOutcomes(String... outcomes) {
    browser.type("[id='details:outcomes']", String.join("\n", outcomes));
    browser.submit("[id='details:save']");
    return this;
  }

  /** Adds an image file with its alternative text to the draft. */
  public StudioModulePage addImage(java.nio.file.Path file, String alt) {
    browser.find("[id='images:imageFile']").sendKeys(file.toString());
    browser.type("[id='images:imageAlt']", alt);
    browser.submit("[id='images:addImage']");
    return this;
  }

  /** Opens the page at an address kept from an earlier visit ({@link Browser#url()}). */
  public StudioModulePage openAt(String url) {
    browser.driver().get(url);
    browser.checkPage();
    return this;
  }

  /** "Draft", "In review", "Published", with the version's number. */
  public String versionStatus() {
    return browser.text("#version-status");
  }

  /** Who did what to the version, and the comments they left. */
  public String history() {
    return browser.text("#history");
  }

  /** What changed since the version before. */
  public String changes() {
    return browser.text("#changes");
  }

  /** Gives the module a new title and saves its details. */
  public StudioModulePage retitle(String title) {
    browser.type("[id='details:title']", title);
    browser.submit("[id='details:save']");
    return this;
  }

  /** The list of units. */
  public String units() {
    return browser.text("[id='units:unitTable']");
  }

  /** Chooses the kind of the unit being written (as the list names it: "reflection"). */
  public StudioModulePage chooseUnitKind(String kind) {
    browser.choose("[id='unit:unitKind']", kind);
    return this;
  }

  /** Writes the unit's title and its Markdown; {@link #saveUnit} keeps it. */
  public StudioModulePage writeUnit(String title, String body) {
    browser.type("[id='unit:unitTitle']", title);
    browser.type("[id='unit:unitBody']", body);
    return this;
  }

  /** Changes the title of the unit being written. */
  public StudioModulePage retitleUnit(String title) {
    browser.type("[id='unit:unitTitle']", title);
    return this;
  }

  /** The title of the unit being written. */
  public String unitTitle() {
    return browser.find("[id='unit:unitTitle']").getAttribute("value");
  }

  /** Marks the unit being written as one that makes clinical claims. */
  public StudioModulePage makesClinicalClaims() {
    if (!browser.find("[id='unit:unitClaims']").isSelected()) {
      browser.find("[id='unit:unitClaims']").click();
    }
    return this;
  }

  /** Adds an empty row for a source to the unit being written (what was typed stays). */
  public StudioModulePage addSource() {
    browser.submit("[id='unit:addSource']");
    return this;
  }

  /** Fills source row {@code row} (0 is the first): title, publisher, year and where to find it. */
  public StudioModulePage describeSource(
      int row, String title, String publisher, String year, String link) {
    String at = "[id='unit:references:" + row + ":";
    browser.type(at + "refTitle']", title);
    browser.type(at + "refPublisher']", publisher);
    browser.type(at + "refYear']", year);
    browser.type(at + "refLink']", link);
    return this;
  }

  /** The error beside a field of source row {@code row}, such as refLink. */
  public String sourceError(int row, String field) {
    return browser.fieldError("unit:references:" + row + ":" + field);
  }

  /** Adds the unit being written, or saves the one being edited. */
  public StudioModulePage saveUnit() {
    browser.submit("[id='unit:add']");
    return this;
  }

  /** Opens a unit of the list (0 is the first) in the unit form. */
  public StudioModulePage editUnit(int row) {
    browser.submit("[id='units:unitTable:" + row + ":edit']");
    return this;
  }

  public StudioModulePage submitForReview() {
    browser.submit("[id='review:submit']");
    return this;
  }

  public StudioModulePage publish() {
    browser.submit("[id='review:publish']");
    return this;
  }

  /** Returns the version to its editors without a comment (which is refused). */
  public StudioModulePage returnToEditors() {
    browser.submit("[id='review:return']");
    return this;
  }

  /** Returns the version to its editors, saying what needs changing. */
  public StudioModulePage returnToEditors(String comment) {
    browser.type("[id='review:comment']", comment);
    return returnToEditors();
  }

  /** The error beside the review comment, if returning was refused. */
  public String commentError() {
    return browser.fieldError("review:comment");
  }

  /** Starts a new draft from the published version. */
  public StudioModulePage startNewDraft() {
    browser.submit("[id='review:newDraft']");
    return this;
  }
}
