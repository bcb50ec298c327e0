package org.parity.browser.pages;

import org.openqa.selenium.WebElement;
import org.parity.browser.Browser;

/**
 * A thread, /networks/{slug}/threads/{id}: its posts, replying and quoting, "helpful", and flagging
 * the latest post.
 */
public class ThreadPage {

  private final Browser browser;

  public ThreadPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens a thread by its path (with {@code ?page=} if need be). */
  public ThreadPage open(String path) {
    browser.open(path);
    return this;
  }

  /** The post with this number in the thread (1 is the opening post), as a CSS selector. */
  public static String post(int number) {
    return "#posts > li[value='" + number + "']";
  }

  /** Writes a reply and sends it. */
  public ThreadPage reply(String markdown) {
    browser.type("[id='reply:body']", markdown);
    return sendReply();
  }

  /** Sends the reply as it is now written (empty, even). */
  public ThreadPage sendReply() {
    browser.submit("[id='reply:submit']");
    return this;
  }

  /** Types on at the end of the reply being written (after a quote, say). */
  public ThreadPage addToReply(String text) {
    browser.find("[id='reply:body']").sendKeys(text);
    return this;
  }

  /** The reply as it is now written. */
  public String replyDraft() {
    return browser.find("[id='reply:body']").getAttribute("value");
  }

  /** The error beside the reply, if it was refused. */
  public String replyError() {
    return browser.fieldError("reply:body");
  }

  /** Quotes the latest post into the reply. */
  public ThreadPage quoteLatest() {
    browser.submit("#latest .quote-link");
    return this;
  }

  /** Presses a post's "Helpful" button (a second press takes it back). */
  public ThreadPage markHelpful(int number) {
    browser.submit(helpful(number));
    return this;
  }

  /** A post's "Helpful" button, to read its label and state. */
  public WebElement helpfulButton(int number) {
    return browser.find(helpful(number));
  }

  private static String helpful(int number) {
    return post(number) + " [id$='helpful:toggle']";
  }

  /** Unfolds the latest post's flag form. */
  public ThreadPage unfoldFlag() {
    browser.find("#latest details.flag summary").click();
    return this;
  }

  /** Chooses the kind of problem (as the form words it), gives the reason, and sends the flag. */
  public ThreadPage flag(String kind, String reason) {
    browser.choose("#latest select[id$='flag:kind']", kind);
    browser.type("#latest textarea[id$='flag:reason']", reason);
    return sendFlag();
  }

  /** Sends the latest post's flag as it is now filled in. */
  public ThreadPage sendFlag() {
    browser.submit("#latest [id$='flag:submit']");
    return this;
  }

  /** The error beside the kind of problem for a flag, if it was refused. */
  public String flagKindError() {
    return browser.fieldError(browser.find("#latest select[id$='flag:kind']").getAttribute("id"));
  }

  /** The error beside the reason for a flag, if it was refused. */
  public String flagReasonError() {
    return browser.fieldError(
        browser.find("#latest textarea[id$='flag:reason']").getAttribute("id"));
  }
}
