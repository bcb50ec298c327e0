package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * "Your data, yours to take": a learner asks for a copy on /me/data, watches it being made, is
 * mailed, and downloads a zip holding their profile, learning and reflections (and no password
 * hash); nobody else can download it; an administrator answering a subject-access request makes one
 * with a reason and downloads it from their own page.
 */
class PersonalDataIT extends BrowserTest {

  private static final String PASSWORD = "meadow lantern copper 28";
  private static final String CURRICULUM = "whole-person-care-foundations";

  @Test
  void aLearnerTakesACopyOfTheirDataAndNobodyElseCan() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String email = "data-" + run + "@example.org";
    String name = "Siân Data " + run;
    String reflection = "I ask about mood before blood pressure " + run;
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(email, name, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    LearnerApi learner = new LearnerApi(ApiSession.signedIn(base, email, PASSWORD));
    long enrolment = learner.enrol("curriculum", CURRICULUM);
    long unit = learner.firstReflection(enrolment, 0);
    assertThat(learner.reflect(enrolment, unit, reflection)).isEqualTo(204);

    new LoginPage(browser).open().signIn(email, PASSWORD);
    browser.open("/me");
    browser.find("#data-link").click();
    assertThat(browser.path()).isEqualTo("/me/data");
    assertThat(browser.text("#no-copies")).isNotBlank();
    browser.submit("[id='request:make']");
    browser.waitForText("#data-copies .copy-status", "Ready");
    browser.checkPage();
    String download = browser.find(".copy-download").getAttribute("href");

    Map<String, String> files = unzip(browser.download(download).body());
    assertThat(files).containsKeys("README.txt", "profile.json", "profile.csv", "cpd_entries.csv");
    assertThat(files.get("profile.json")).contains(email).contains(name);
    assertThat(files.get("enrolments.json")).contains("\"completed_at\"");
    assertThat(files.get("progress.json")).contains(reflection);
    assertThat(files.get("security_events.csv")).contains("DATA_EXPORT_REQUESTED");
    assertThat(String.join("\n", files.values()))
        .as("no password hash, in any part")
        .doesNotContain("PBKDF2")
        .doesNotContain("password_hash");

    // Someone else, signed in, cannot take it.
    ApiSession other =
        ApiSession.signedIn(
                base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"))
            .newAccount("Curious Colleague", List.of(), List.of());
    assertThat(Browser.download(download, other.sessionCookie()).statusCode()).isEqualTo(404);

    // The learner was mailed a link to the page.
    LoginPage.signOut(browser);
    accounts.signInAsAdministrator();
    assertThat(accounts.outboxLink(email)).endsWith("/me/data");

    // An administrator answering a subject-access request: a reason first, then the copy.
    browser.open("/admin");
    browser.type("[id='accounts:query']", email);
    browser.submit("[id='accounts:search']");
    browser.find("a[aria-label$='" + email + "']").click();
    browser.submit("[id='dataCopy:make']");
    assertThat(browser.fieldError("dataCopy:reason")).isNotBlank();
    browser.type("[id='dataCopy:reason']", "Subject-access request SAR-" + run);
    browser.submit("[id='dataCopy:make']");
    browser.open("/me/data");
    browser.waitForText("#data-copies .copy-status", "Ready");
    assertThat(browser.text("#data-copies")).contains(name);
    String adminCopy = browser.find(".copy-download").getAttribute("href");
    Map<String, String> sar = unzip(browser.download(adminCopy).body());
    assertThat(sar.get("profile.json")).contains(email);
    assertThat(sar.get("security_events.csv"))
        .as("the request is about them; who asked, and from where, is not theirs")
        .contains("DATA_EXPORT_REQUESTED,0,,Subject-access request SAR-" + run);
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(files).as("a zip").isNotEmpty();
    return files;
  }
}
