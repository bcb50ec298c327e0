package org.parity.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.parity.browser.ApiSession;
import org.parity.browser.Browser;

/**
 * Makes the people a browser test needs, and helps tests confirm addresses from the outbox the way
 * a newcomer without a mail server does.
 */
public final class TestAccounts {

  private final Browser browser;

  public TestAccounts(Browser browser) {
    this.browser = browser;
  }

  public void signInAsAdministrator() {
    new LoginPage(browser)
        .open()
        .signIn(System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    assertThat(browser.path()).isEqualTo("/me");
  }

  /**
   * The confirmation link Parity mailed to this address, read from /admin/outbox (as
   * administrator).
   */
  /** The links of every mail to this address in the outbox, as the administrator sees them. */
  public java.util.List<String> outboxLinks(String email) {
    browser.open(
        "/admin/outbox?to="
            + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8));
    return browser.findAll("a.outbox-link").stream()
        .filter(a -> a.getAttribute("textContent").contains(email))
        .map(a -> a.getAttribute("href"))
        .toList();
  }

  public String outboxLink(String email) {
    browser.open(
        "/admin/outbox?to="
            + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8));
    return browser.findAll("a.outbox-link").stream()
        .filter(a -> a.getAttribute("textContent").contains(email))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No mail to " + email + " in the outbox"))
        .getAttribute("href");
  }

  /**
   * Confirms a registered address the way a newcomer without a mail server does: from the outbox.
   */
  public void confirmFromOutbox(String email) {
    signInAsAdministrator();
    String link = outboxLink(email);
    LoginPage.signOut(browser);
    browser.driver().get(link);
    browser.submit("[id='verify:confirm']");
  }

  /**
   * A new organisation of this kind (as the form names it: "Royal college"), added by an
   * administrator on /admin/organisations, who then signs out.
   */
  public void addOrganisation(String name, String kind) {
    signInAsAdministrator();
    browser.open("/admin/organisations");
    browser.type("[id='organisation:organisationName']", name);
    browser.choose("[id='organisation:organisationKind']", kind);
    browser.submit("[id='organisation:add']");
    assertThat(browser.text("#messages")).contains("Organisation added");
    LoginPage.signOut(browser);
  }

  /** A confirmed account with these roles, belonging to the organisation. */
  public void create(
      String email, String name, String password, List<String> roles, String organisation) {
    create(email, name, "GP", password, roles, organisation);
  }

  /**
   * A confirmed account of the given profession (as the register form names it) with these roles
   * (besides LEARNER and MEMBER, which everyone has), belonging to the organisation (by name). Made
   * through the administrators' API, as an administrator onboarding a college would: registering
   * through the pages is what RegistrationJourneyIT tests.
   */
  public void create(
      String email,
      String name,
      String profession,
      String password,
      List<String> roles,
      String organisation) {
    JsonArrayBuilder allRoles = Json.createArrayBuilder().add("LEARNER").add("MEMBER");
    roles.stream().filter(r -> !r.equals("LEARNER") && !r.equals("MEMBER")).forEach(allRoles::add);
    String request =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", password)
            .add("displayName", name)
            .add("profession", code(profession))
            .add("roles", allRoles)
            .add(
                "organisations",
                Json.createArrayBuilder().add(code(organisation).toLowerCase().replace('_', '-')))
            .build()
            .toString();
    try {
      HttpResponse<String> created =
          ApiSession.signedIn(
                  URI.create(browser.base() + "/").toURL(),
                  System.getProperty("it.admin.email"),
                  System.getProperty("it.admin.password"))
              .postJson("/api/v1/admin/accounts", request);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** "Practice nurse" → PRACTICE_NURSE; "College of X (demo)" → COLLEGE_OF_X_DEMO. */
  private static String code(String label) {
    return label.toUpperCase().replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
  }
}
