package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.StudioModulePage;
import org.parity.browser.pages.TestAccounts;

/**
 * Sources in units: an editor marks a unit that makes clinical claims and cites its sources in the
 * studio (checked field by field); a module whose clinical unit cites nothing is not submitted; the
 * learner sees the sources at the foot of the unit; a downloaded package carries them. The starter
 * modules cite theirs.
 */
class UnitSourcesIT extends BrowserTest {

  private static final String PASSWORD = "thistle beacon orchard 63";

  @Test
  void anEditorCitesSourcesAndTheLearnerSeesThem() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String editor = "cite-" + run + "@example.org";
    String learner = "reader-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(editor, "Cy Cite" + run, PASSWORD, List.of("EDITOR"), TestContent.COLLEGE);
    accounts.create(learner, "Rhi Reader" + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    StudioModulePage module = new StudioModulePage(browser);

    new LoginPage(browser).open().signIn(editor, PASSWORD);
    module.create(TestContent.COLLEGE, "Treating low mood " + run, "treating-low-mood-" + run);
    String address = browser.url();

    // A clinical unit that cites nothing saves, but the module is not submitted.
    module
        .writeUnit("First-line treatment", "Offer guided self-help before medication.")
        .makesClinicalClaims()
        .saveUnit();
    module.submitForReview();
    assertThat(browser.pageText())
        .contains("\"First-line treatment\" makes clinical claims but cites no sources");
    assertThat(module.versionStatus()).contains("Draft");

    // Its sources are checked field by field, and what was typed stays.
    module.editUnit(0);
    assertThat(browser.text("#no-sources")).contains("No sources yet");
    module.addSource().addSource();
    module
        .describeSource(0, "", "NICE", "22", "http://www.nice.org.uk/guidance/ng222")
        .describeSource(
            1, "A trial of guided self-help", "", "", "https://doi.org/10.1136/bmj.k1234")
        .saveUnit();
    assertThat(module.sourceError(0, "refTitle")).contains("needs a title");
    assertThat(module.sourceError(0, "refYear")).contains("1800");
    assertThat(module.sourceError(0, "refLink")).contains("https://");
    assertThat(module.sourceError(1, "refLink")).isEmpty();
    assertThat(browser.find("[id='unit:references:1:refTitle']").getAttribute("value"))
        .isEqualTo("A trial of guided self-help");
    module
        .describeSource(
            0,
            "Depression in adults: treatment and management (NG222)",
            "NICE",
            "2022",
            "https://www.nice.org.uk/guidance/ng222")
        .saveUnit();
    assertThat(browser.pageText()).contains("Unit saved");
    module.submitForReview();
    assertThat(module.versionStatus()).contains("In review");
    LoginPage.signOut(browser);

    // Another publisher of the college approves it.
    ApiSession approver =
        ApiSession.signedIn(
                base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"))
            .newAccount("Ana Approver", List.of("PUBLISHER"), List.of(TestContent.COLLEGE_SLUG));
    long version = Long.parseLong(address.replaceAll(".*[?&]v=(\\d+).*", "$1"));
    assertThat(approver.post("/api/v1/module-versions/" + version + "/publish").statusCode())
        .isEqualTo(204);

    // The package carries the sources; the learner sees them under the unit.
    HttpResponse<byte[]> zip = approver.download("/api/v1/module-versions/" + version + "/package");
    String yaml = moduleYaml(zip.body());
    assertThat(yaml)
        .contains("clinicalClaims: true")
        .contains("https://www.nice.org.uk/guidance/ng222")
        .contains("doi: 10.1136/bmj.k1234");

    LearnerApi reader = new LearnerApi(ApiSession.signedIn(base, learner, PASSWORD));
    long enrolment = reader.enrol("module", "treating-low-mood-" + run);
    new LoginPage(browser).open().signIn(learner, PASSWORD);
    browser.open("/learn/" + enrolment);
    assertThat(browser.text("#unit-sources"))
        .contains("Depression in adults: treatment and management (NG222). NICE, 2022.")
        .contains("https://doi.org/10.1136/bmj.k1234");
    assertThat(browser.find("#unit-sources a[href='https://www.nice.org.uk/guidance/ng222']"))
        .isNotNull();
  }

  @Test
  void theStarterModulesCiteTheirSources() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String learner = "starter-reader-" + run + "@example.org";
    new TestAccounts(browser)
        .create(learner, "Sam Starter" + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    LearnerApi reader = new LearnerApi(ApiSession.signedIn(base, learner, PASSWORD));
    long enrolment = reader.enrol("module", "perinatal-mental-health");
    new LoginPage(browser).open().signIn(learner, PASSWORD);
    browser.open("/learn/" + enrolment);
    assertThat(browser.text("#unit-sources"))
        .contains("National Institute for Health and Care Excellence")
        .contains("accessed 20 November 2026");
  }

  private static String moduleYaml(byte[] zip) throws Exception {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().endsWith("module.yaml")) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("No module.yaml in the package");
  }
}
