package org.parity.browser;

import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.it.SharedParity;

/**
 * What every browser test of the whole application starts from: Parity running whole (started once
 * for all browser tests, see {@link SharedParity}), its address, and a fresh browser for each test,
 * closed after it. Tagged so that the build runs these after the Arquillian tests, whose server
 * would otherwise hold the same port and data.
 */
@Tag("browser")
@ExtendWith(SharedParity.class)
public abstract class BrowserTest {

  protected URL base;
  protected Browser browser;

  @BeforeEach
  void openBrowser() {
    base = SharedParity.url();
    browser = new Browser(base);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
