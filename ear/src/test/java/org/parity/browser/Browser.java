package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the checks every page visit gets: no serious or
 * critical axe-core violation, and no JavaScript error.
 */
public final class Browser implements AutoCloseable {

  private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

  private final WebDriver driver;
  private final String base;

  public Browser(URL base) {
    this.base =
        base.toString().endsWith("/")
            ? base.toString().substring(0, base.toString().length() - 1)
            : base.toString();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    try {
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--window-size=" + System.getProperty("it.window", "1280,1000"),
          "--user-data-dir=" + Files.createTempDirectory("parity-chromium"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.SEVERE);
    options.setCapability("goog:loggingPrefs", logs);
    this.driver = new ChromeDriver(options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  /** Opens a Parity address, then checks it as every visit is checked. */
  public void open(String path) {
    driver.get(base + path);
    checkPage();
  }

  /** Accessibility and script errors of the page now shown. */
  public void checkPage() {
    assertNoSeriousAccessibilityViolations();
    assertNoJavaScriptErrors();
    keepScreenshot();
  }

  /**
   * With {@code -Dit.screenshots=<folder>}, keeps a picture of every page checked, for people to
   * look at (add {@code -Dit.window=390,844} to see them as a phone does).
   */
  private void keepScreenshot() {
    String folder = System.getProperty("it.screenshots", "");
    if (folder.isBlank()) {
      return;
    }
    try {
      java.nio.file.Path dir = java.nio.file.Path.of(folder);
      Files.createDirectories(dir);
      String name =
          String.format("%03d", SCREENSHOTS.incrementAndGet())
              + path().replaceAll("[^A-Za-z0-9]+", "-")
              + ".png";
      Files.write(dir.resolve(name), wholePage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole page, not only what the window shows, so a phone-sized picture shows it all. */
  @SuppressWarnings("unchecked")
  private byte[] wholePage() {
    ChromeDriver chrome = (ChromeDriver) driver;
    Map<String, Object> size =
        (Map<String, Object>)
            chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", ((Number) size.get("width")).doubleValue(),
            "height", Math.min(((Number) size.get("height")).doubleValue(), 12_000),
            "scale", 1);
    Map<String, Object> shot =
        chrome.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return java.util.Base64.getDecoder().decode((String) shot.get("data"));
  }

  private static final java.util.concurrent.atomic.AtomicInteger SCREENSHOTS =
      new java.util.concurrent.atomic.AtomicInteger();

  /** The address of the Parity under test, without a trailing slash. */
  public String base() {
    return base;
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public String text(String css) {
    return find(css).getText();
  }

  public String pageText() {
    return find("body").getText();
  }

  public void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  /** The error shown beside a form field, found from the field's id (form:field). */
  public String fieldError(String fieldId) {
    List<WebElement> errors =
        driver.findElements(
            By.xpath(
                "//*[@id='"
                    + fieldId
                    + "']/ancestor::*[contains(@class,'field')][1]//*[contains(@class,'field-error')]"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  public void choose(String css, String visibleText) {
    new Select(find(css)).selectByVisibleText(visibleText);
  }

  /** Clicks and waits for the next page to load (a new document, fully loaded), then checks it. */
  public void submit(String css) {
    leaveBy(css);
    checkPage();
  }

  /**
   * Clicks and waits for the next document, without checking it: for another site's pages (an
   * organisation's sign-in page), which are not Parity's to hold to its standards.
   */
  public void leaveBy(String css) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.parityPreviousPage = true;");
    find(css).click();
    awaitNextPage();
  }

  /**
   * Clicks a button that asks before a step that cannot be undone, answers yes, waits for the next
   * page and checks it; answers the question the page asked.
   */
  public String submitConfirming(String css) {
    ((JavascriptExecutor) driver).executeScript("window.parityPreviousPage = true;");
    find(css).click();
    org.openqa.selenium.Alert question =
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
    String asked = question.getText();
    question.accept();
    awaitNextPage();
    checkPage();
    return asked;
  }

  private void awaitNextPage() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return window.parityPreviousPage === undefined"
                                + " && document.readyState === 'complete';")));
  }

  /**
   * Clicks something that works by AJAX (the page stays), waits for the answer, checks the page.
   */
  public void ajaxClick(String css) {
    find(css).click();
    waitForAjax();
    checkPage();
  }

  /** Waits until PrimeFaces has no request queued or in flight. */
  public void waitForAjax() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (typeof PrimeFaces === 'undefined'"
                                + "     || PrimeFaces.ajax.Queue.isEmpty())"
                                + " && (typeof jQuery === 'undefined' || jQuery.active === 0);")));
  }

  public void waitForText(String css, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  public void waitFor(String css) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  public String cookie(String name) {
    var cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /**
   * Follows a download link as the browser would, with its session (an address from the page, or a
   * path under the site).
   */
  public java.net.http.HttpResponse<byte[]> download(String address) {
    return download(address.startsWith("http") ? address : base() + address, cookie("JSESSIONID"));
  }

  /** A download with someone's session cookie (null for none). */
  public static java.net.http.HttpResponse<byte[]> download(String address, String session) {
    java.net.http.HttpRequest.Builder request =
        java.net.http.HttpRequest.newBuilder(URI.create(address));
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public void deleteCookies() {
    driver.manage().deleteAllCookies();
  }

  /**
   * Forgets what the browser console logged so far: for a test that cut the connection on purpose,
   * whose failed requests are expected.
   */
  public void discardConsole() {
    driver.manage().logs().get(LogType.BROWSER);
  }

  public WebDriver driver() {
    return driver;
  }

  @SuppressWarnings("unchecked")
  private void assertNoSeriousAccessibilityViolations() {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axeSource());
    List<Map<String, Object>> violations =
        (List<Map<String, Object>>)
            js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']})"
                    + ".then(r => done(r.violations"
                    + "  .filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + "  .map(v => ({id: v.id, impact: v.impact, help: v.help,"
                    + "              nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
                    + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e)}]));");
    assertThat(violations)
        .as("serious or critical axe-core violations on " + driver.getCurrentUrl())
        .isEmpty();
  }

  private void assertNoJavaScriptErrors() {
    List<LogEntry> errors =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            // A deliberate 4xx page (404, 403) is logged by Chromium as a failed load, not a script
            // error.
            .filter(
                entry -> !entry.getMessage().contains("the server responded with a status of 4"))
            .toList();
    assertThat(errors).as("JavaScript errors on " + driver.getCurrentUrl()).isEmpty();
  }

  private static String axeSource() {
    try (InputStream in = Browser.class.getResourceAsStream(AXE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
