package org.parity.browser.pages;

import org.parity.browser.Browser;

/** A learning network's page, /networks/{slug}: joining it, its threads, and starting one. */
public class NetworkPage {

  private final Browser browser;

  public NetworkPage(Browser browser) {
    this.browser = browser;
  }

  public NetworkPage open(String slug) {
    browser.open("/networks/" + slug);
    return this;
  }

  /** Joins an open network, or asks to join a closed one; the page stays (AJAX). */
  public NetworkPage join() {
    browser.ajaxClick("[id='join:submit']");
    return this;
  }

  /** Fills in a new thread's title and opening post; {@link #postThread} sends it. */
  public NetworkPage writeThread(String title, String body) {
    browser.type("[id='thread:title']", title);
    browser.type("[id='thread:body']", body);
    return this;
  }

  /** Tags the new thread with a priority area, by its code (LTC_MENTAL_HEALTH). */
  public NetworkPage tagThread(String priorityArea) {
    browser.find("input[name='thread:tags'][value='" + priorityArea + "']").click();
    return this;
  }

  /** Links a module to the new thread, by its title as the list shows it. */
  public NetworkPage linkModule(String title) {
    browser.choose("[id='thread:module']", title);
    return this;
  }

  /** Links a case study to the new thread, by its title as the list shows it. */
  public NetworkPage linkCaseStudy(String title) {
    browser.choose("[id='thread:caseStudy']", title);
    return this;
  }

  /** Sends the new thread: the browser is then on it (or still here, if it was refused). */
  public ThreadPage postThread() {
    browser.submit("[id='thread:submit']");
    return new ThreadPage(browser);
  }

  /** Writes a thread and sends it: the browser is then on it. */
  public ThreadPage startThread(String title, String body) {
    return writeThread(title, body).postThread();
  }

  /** What the list says is new in its first thread ("1 new"). */
  public String unread() {
    return browser.text("#threads .unread");
  }

  /** Opens the first thread in the list, at its first new post. */
  public ThreadPage openFirstThread() {
    browser.submit("#threads h3 a");
    return new ThreadPage(browser);
  }
}
