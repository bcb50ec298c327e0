package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * A nurse prepares revalidation: from the CPD log to /me/revalidation, where the NMC's checklist
 * says what is missing; she records practice hours, feedback with her reflection and a reflective
 * discussion (refused without the colleague's name), removes a mistake, and downloads the NMC
 * record (PDF) and forms (Word); the GMC's and HCPC's shapes are there for other professions.
 */
class RevalidationIT extends BrowserTest {

  private static final String PASSWORD = "tidal marsh lantern 52";

  @Test
  void aNurseGathersHerRevalidationEvidenceAndDownloadsItInTheNmcsShape() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String email = "revalidate-" + run + "@example.org";
    String name = "Nia Ŵyn " + run;
    new TestAccounts(browser)
        .create(email, name, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    new LoginPage(browser).open().signIn(email, PASSWORD);
    browser.open("/me/cpd");
    browser.submit("#revalidation-link");
    assertThat(browser.path()).isEqualTo("/me/revalidation");
    assertThat(browser.find("[id='period:regulator']").getAttribute("value")).isEqualTo("NMC");
    assertThat(browser.text("#checklist"))
        .contains("Not yet: 450 practice hours (0 / 450)")
        .contains("Not yet: a reflective discussion");
    assertThat(browser.text("#no-evidence")).isNotBlank();

    // Refused without a title; then practice hours, feedback and a discussion.
    browser.choose("[id='evidence:kind']", "Practice hours");
    browser.type("[id='evidence:hours']", "460");
    browser.submit("[id='evidence:save']");
    assertThat(browser.fieldError("evidence:title")).isEqualTo("Give it a title.");
    browser.type("[id='evidence:title']", "Ward 7, staff nurse " + run);
    browser.submit("[id='evidence:save']");
    assertThat(browser.text("#checklist")).contains("Met: 450 practice hours (460 / 450)");

    browser.choose("[id='evidence:kind']", "Practice-related feedback");
    browser.type("[id='evidence:title']", "A patient's card " + run);
    browser.type("[id='evidence:details']", "Thank you for explaining my tablets.");
    browser.type("[id='evidence:reflection']", "I now leave time for questions " + run);
    browser.submit("[id='evidence:save']");

    browser.choose("[id='evidence:kind']", "Reflective discussion");
    browser.type("[id='evidence:title']", "My five accounts " + run);
    browser.submit("[id='evidence:save']");
    assertThat(browser.fieldError("evidence:partnerName"))
        .isEqualTo("Say who you had the discussion with.");
    browser.type("[id='evidence:partnerName']", "Siân Roberts");
    browser.type("[id='evidence:partnerRegistration']", "12A3456W");
    browser.type("[id='evidence:details']", "We went through all five accounts.");
    browser.submit("[id='evidence:save']");
    assertThat(browser.text("#checklist")).contains("Met: a reflective discussion");

    browser.choose("[id='evidence:kind']", "Significant event");
    browser.type("[id='evidence:title']", "Entered by mistake " + run);
    browser.submit("[id='evidence:save']");
    assertThat(browser.findAll("#evidence-list > li")).hasSize(4);
    browser.find("#evidence-list > li:last-child button[id$='remove']").click();
    browser.waitFor("[id='confirm:yes']");
    browser.submit("[id='confirm:yes']");
    assertThat(browser.findAll("#evidence-list > li")).hasSize(3);
    assertThat(browser.text("#evidence-list")).doesNotContain("Entered by mistake");

    // The NMC record and forms, as downloads.
    HttpResponse<byte[]> record =
        browser.download(browser.find("#export-record").getAttribute("href"));
    assertThat(record.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(record.body())) {
      assertThat(new PDFTextStripper().getText(pdf).replace("\n", " "))
          .contains("NMC revalidation record")
          .contains(name)
          .contains("Ward 7, staff nurse " + run + " · 460 hours")
          .contains("A patient's card " + run)
          .contains("Reflective account 1: A patient's card " + run)
          .contains("with Siân Roberts (NMC Pin 12A3456W)");
    }
    HttpResponse<byte[]> forms =
        browser.download(browser.find("#export-forms").getAttribute("href"));
    assertThat(forms.statusCode()).isEqualTo(200);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(forms.body()));
        XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
      assertThat(words.getText())
          .contains("Written reflective account 1")
          .contains("I now leave time for questions " + run)
          .contains("Reflective discussion form")
          .contains("12A3456W");
    }

    // A doctor's appraisal asks for other things.
    browser.choose("[id='period:regulator']", "General Medical Council (GMC)");
    browser.submit("[id='period:show']");
    assertThat(browser.text("#checklist"))
        .contains("quality improvement activity")
        .contains("Met: feedback from patients or colleagues");
    assertThat(browser.findAll("#export-forms")).isEmpty();
    assertThat(browser.find("#export-record").getAttribute("href")).contains("/gmc.pdf?");

    // The HCPC's profile opens with her summary of practice, in at most 500 words.
    browser.type("[id='summary:text']", "word ".repeat(501));
    browser.submit("[id='summary:save']");
    assertThat(browser.fieldError("summary:text")).contains("up to 500 words");
    browser.type("[id='summary:text']", "I lead a team of district nurses in Arfon " + run);
    browser.submit("[id='summary:save']");
    assertThat(browser.text("#messages")).contains("Summary saved");
    browser.choose("[id='period:regulator']", "Health and Care Professions Council (HCPC)");
    browser.submit("[id='period:show']");
    assertThat(browser.text("#checklist")).contains("a mixture of learning activities");
    try (PDDocument pdf =
        Loader.loadPDF(
            browser.download(browser.find("#export-record").getAttribute("href")).body())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("CPD profile (HCPC)")
          .contains("I lead a team of district nurses in Arfon " + run);
    }

    // Nobody else can read her record.
    assertThat(
            Browser.download(browser.find("#export-record").getAttribute("href"), null)
                .statusCode())
        .isIn(401, 403);
  }
}
