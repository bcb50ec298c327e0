package org.parity.browser;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A browser test that reads the mail Parity sends, from one GreenMail server on the tests' port,
 * started by the first such test and kept for the run (as {@link org.parity.it.SharedParity} keeps
 * Parity), so mailed tests run side by side: each reads only the mail to its own addresses ({@link
 * MailLinks}).
 */
public abstract class MailedBrowserTest extends BrowserTest {

  protected static final GreenMailOperations mail = start();

  /** Started once, when the first mailed test's class is loaded; stopped when the test JVM ends. */
  private static GreenMail start() {
    GreenMail server =
        new GreenMail(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", "smtp"));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }
}
