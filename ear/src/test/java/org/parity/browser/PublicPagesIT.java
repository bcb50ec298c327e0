package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/** The public pages answer, read well, in English and Welsh, at desktop and phone widths. */
class PublicPagesIT extends BrowserTest {

  final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> get(String path, String language)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
            .header("Accept-Language", language)
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/login",
        "/register",
        "/curricula",
        "/networks",
        "/case-studies",
        "/search",
        "/forgot-password"
      })
  void answers200AndPassesTheAccessibilityCheck(String path) throws Exception {
    assertThat(get(path, "en-GB").statusCode()).isEqualTo(200);
    browser.open(path); // axe-core and script errors are checked on every visit
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en-GB");
    assertThat(browser.findAll("a.skip-link")).hasSize(1);
    assertThat(browser.findAll("main#main h1")).hasSize(1);
  }

  @Test
  void theCaseStudiesPageIsASearch() {
    // Once a placeholder; now the search (SearchIT tests it in depth).
    browser.open("/case-studies");
    assertThat(browser.findAll("form#search[method='get'] input#q")).hasSize(1);
    assertThat(browser.text("#results-heading")).isNotBlank();
  }

  @Test
  void anUnknownAddressGivesA404PageInTheLayout() throws Exception {
    HttpResponse<String> response = get("/no-such-page", "en-GB");
    assertThat(response.statusCode()).isEqualTo(404);
    browser.open("/no-such-page");
    assertThat(browser.text("h1")).isEqualTo("Page not found");
    assertThat(browser.findAll("header.site-header nav")).isNotEmpty();
  }

  @Test
  void aFormPostedWithAForgedViewStateIsRefusedWithoutAStackTrace() throws Exception {
    HttpRequest forged =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "login=login&login%3Aemail=a%40b.org&login%3Apassword=x&login%3Asubmit=x&jakarta.faces.ViewState=forged"))
            .build();
    HttpResponse<String> response = http.send(forged, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isIn(200, 500);
    assertThat(response.body())
        .doesNotContain("Caused by")
        .doesNotContain(".java:")
        .doesNotContain("at org.")
        .doesNotContain("at jakarta.");
    assertThat(response.body()).containsAnyOf("Your page expired", "Something went wrong");
  }

  @Test
  void theHealthEndpointReportsTheApplicationAndTheDatabase() throws Exception {
    HttpResponse<String> response = get("/api/v1/health", "en-GB");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(response.body().replace(" ", ""))
        .contains("\"status\":\"UP\"")
        .contains("\"database\":{\"status\":\"UP\"}");
  }

  @Test
  void theSessionCookieComesWithSigningInAndIsHttpOnlyAndSameSite() throws Exception {
    HttpResponse<String> login = get("/login", "en-GB");
    assertThat(login.headers().allValues("Set-Cookie"))
        .as("reading the sign-in page costs no session")
        .noneMatch(c -> c.startsWith("JSESSIONID="));
    String form =
        ApiSession.signInForm(
            login.body(),
            System.getProperty("it.admin.email"),
            System.getProperty("it.admin.password"));
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    String cookie =
        signedIn.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
  }

  @Test
  void aWelshBrowserGetsWelshAndTheSwitchChangesLanguage() throws Exception {
    assertThat(get("/login", "cy,en;q=0.5").body()).contains("lang=\"cy\"");

    browser.open("/login");
    String englishHeading = browser.text("h1");
    browser.submit("#lang-cy");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("cy");
    assertThat(browser.text("h1")).isNotEqualTo(englishHeading).isNotBlank();
    browser.open("/register");
    assertThat(browser.find("html").getAttribute("lang"))
        .as("the choice lasts the visit")
        .isEqualTo("cy");
    browser.submit("#lang-en");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en-GB");
  }

  @Test
  void pagesFitAPhoneScreenWithoutScrollingSideways() {
    browser.driver().manage().window().setSize(new Dimension(360, 740));
    for (String path : new String[] {"/", "/register", "/login"}) {
      browser.open(path);
      Object overflow =
          ((JavascriptExecutor) browser.driver())
              .executeScript(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue())
          .as("sideways overflow on " + path)
          .isLessThanOrEqualTo(0);
    }
  }
}
