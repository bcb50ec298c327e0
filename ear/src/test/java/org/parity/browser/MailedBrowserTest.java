package org.parity.browser;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A browser test that reads the mail Parity sends, from a GreenMail server on the tests' port. */
public abstract class MailedBrowserTest extends BrowserTest {

  @RegisterExtension
  protected static GreenMailExtension mail =
      new GreenMailExtension(
          new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", "smtp"));
}
