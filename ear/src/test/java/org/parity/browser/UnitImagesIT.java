package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.StudioModulePage;
import org.parity.browser.pages.TestAccounts;

/**
 * Images in units: an editor adds a PNG and an SVG to a draft with their alternative text (what is
 * not an image, or has no text, is refused beside the field), shows them in a unit, and cannot
 * remove one a unit shows nor submit a unit showing an image the module lacks. Learners see the
 * image with its text once published; the draft's images are its editors' only; a package carries
 * them; a new draft keeps them.
 */
class UnitImagesIT extends BrowserTest {

  private static final String PASSWORD = "lantern meadow quiver 58";

  static Path file(String name, byte[] bytes) throws Exception {
    Path folder = Files.createTempDirectory("images-");
    return Files.write(folder.resolve(name), bytes);
  }

  static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 120, 60);
    g.setColor(new Color(0, 94, 184));
    g.fillRect(10, 10, 40, 40);
    g.dispose();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** Whether the browser shows the image at its width (thumbnails load when scrolled to). */
  private boolean loaded(WebElement image, int width) {
    org.openqa.selenium.JavascriptExecutor js =
        (org.openqa.selenium.JavascriptExecutor) browser.driver();
    js.executeScript("arguments[0].scrollIntoView();", image);
    try {
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(10))
          .until(
              () ->
                  Boolean.TRUE.equals(
                      js.executeScript(
                          "return arguments[0].complete && arguments[0].naturalWidth === "
                              + width
                              + ";",
                          image)));
      return true;
    } catch (org.awaitility.core.ConditionTimeoutException notShown) {
      return false;
    }
  }

  private void addImage(Path file, String alt) {
    new StudioModulePage(browser).addImage(file, alt);
  }

  @Test
  void anEditorAddsImagesAUnitShowsThemAndLearnersSeeThemWithTheirText() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String editor = "pictures-" + run + "@example.org";
    String learner = "viewer-" + run + "@example.org";
    String slug = "pictured-care-" + run;
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(editor, "Pia Pictures" + run, PASSWORD, List.of("EDITOR"), TestContent.COLLEGE);
    accounts.create(learner, "Vic Viewer" + run, PASSWORD, List.of("LEARNER"), TestContent.COLLEGE);
    StudioModulePage module = new StudioModulePage(browser);

    new LoginPage(browser).open().signIn(editor, PASSWORD);
    module.create(TestContent.COLLEGE, "Pictured care " + run, slug);
    String address = browser.url();
    long version = module.versionId();
    assertThat(browser.text("#no-images")).contains("No images yet");

    // What is not an image, and an image without its text, are refused beside the field.
    addImage(file("plan.png", "not really a picture".getBytes(StandardCharsets.UTF_8)), "A plan");
    assertThat(browser.fieldError("images:imageFile")).contains("Only PNG, JPEG and SVG");
    addImage(file("Care Plan.png", png()), " ");
    assertThat(browser.fieldError("images:imageAlt")).contains("Say what the image shows");
    assertThat(browser.findAll("#image-list li")).isEmpty();

    addImage(file("Care Plan.png", png()), "A care plan: mood, medicines, next review");
    assertThat(browser.text("#messages")).contains("Image added");
    addImage(
        file(
            "pathway.svg",
            ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                    + "<script>alert(1)</script><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>")
                .getBytes(StandardCharsets.UTF_8)),
        "The referral pathway, from GP to talking therapies");
    assertThat(browser.text("#image-list"))
        .contains("care-plan.png")
        .contains("120 × 60 px")
        .contains("pathway.svg")
        .contains("SVG");
    String snippet = browser.findAll("#image-list input").get(0).getAttribute("value");
    assertThat(snippet)
        .isEqualTo("![A care plan: mood, medicines, next review](images/care-plan.png)");
    WebElement thumbnail = browser.find("#image-list img[alt^='A care plan']");
    String src = thumbnail.getAttribute("src").substring(browser.base().length());
    assertThat(src).matches("/unit-images/[0-9]+/care-plan\\.png");
    assertThat(loaded(thumbnail, 120)).as("the editor's browser loads the draft's image").isTrue();
    String svgSrc =
        browser
            .find("#image-list img[alt^='The referral']")
            .getAttribute("src")
            .substring(browser.base().length());

    // The draft's images are its editors' only.
    assertThat(ApiSession.anonymous(base).get(src).statusCode()).isEqualTo(404);
    ApiSession editorApi = ApiSession.signedIn(base, editor, PASSWORD);
    HttpResponse<String> svg = editorApi.get(svgSrc);
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    assertThat(svg.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox");
    assertThat(svg.body()).contains("<circle").doesNotContain("script");

    // A unit shows the image; one showing an image the module lacks is not submitted.
    module
        .writeUnit(
            "Your care plan",
            "Look at the plan together.\n\n" + snippet + "\n\n![](images/missing.png)")
        .saveUnit();
    module.submitForReview();
    assertThat(browser.pageText())
        .contains("A unit shows images this module does not carry: missing.png");
    assertThat(module.versionStatus()).contains("Draft");

    // An image a unit shows is not removed.
    browser.submitConfirming("[id='imageList:rows:0:removeImage']");
    assertThat(browser.pageText()).contains("shows this image: take it out of the unit first");
    assertThat(browser.text("#image-list")).contains("care-plan.png");

    module.editUnit(0);
    browser.type("[id='unit:unitBody']", "Look at the plan together.\n\n" + snippet);
    module.saveUnit();
    module.submitForReview();
    assertThat(module.versionStatus()).contains("In review");
    LoginPage.signOut(browser);

    ApiSession approver =
        ApiSession.signedIn(
                base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password"))
            .newAccount("Ira Images", List.of("PUBLISHER"), List.of(TestContent.COLLEGE_SLUG));
    assertThat(approver.post("/api/v1/module-versions/" + version + "/publish").statusCode())
        .isEqualTo(204);

    // Published: anyone may fetch it, and keep it, for it never changes.
    HttpResponse<byte[]> image = ApiSession.anonymous(base).download(src);
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(image.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
    assertThat(ImageIO.read(new ByteArrayInputStream(image.body())).getWidth()).isEqualTo(120);

    // The learner sees it in the unit, with its text.
    LearnerApi viewer = new LearnerApi(ApiSession.signedIn(base, learner, PASSWORD));
    long enrolment = viewer.enrol("module", slug);
    new LoginPage(browser).open().signIn(learner, PASSWORD);
    browser.open("/learn/" + enrolment);
    WebElement shown = browser.find("#unit-body img");
    assertThat(shown.getAttribute("alt")).isEqualTo("A care plan: mood, medicines, next review");
    assertThat(shown.getAttribute("src")).endsWith(src);
    assertThat(loaded(shown, 120)).isTrue();

    // The package carries both images and lists them with their text.
    HttpResponse<byte[]> zip = approver.download("/api/v1/module-versions/" + version + "/package");
    List<String> names = new java.util.ArrayList<>();
    String yaml = "";
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
        if (entry.getName().endsWith("module.yaml")) {
          yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(names)
        .contains(
            "modules/" + slug + "/images/care-plan.png", "modules/" + slug + "/images/pathway.svg");
    assertThat(yaml)
        .contains("file: images/care-plan.png")
        .contains("A care plan: mood, medicines, next review");

    // A new draft starts with copies of the images; the published version keeps its own.
    LoginPage.signOut(browser);
    new LoginPage(browser).open().signIn(editor, PASSWORD);
    module.openAt(address).startNewDraft();
    assertThat(module.versionStatus()).contains("Draft");
    assertThat(browser.text("#image-list")).contains("care-plan.png").contains("pathway.svg");
    String copy =
        browser
            .find("#image-list img[alt^='A care plan']")
            .getAttribute("src")
            .substring(browser.base().length());
    assertThat(copy).isNotEqualTo(src);
    assertThat(ApiSession.anonymous(base).get(copy).statusCode()).isEqualTo(404);
    assertThat(ApiSession.anonymous(base).download(src).statusCode()).isEqualTo(200);
  }
}
