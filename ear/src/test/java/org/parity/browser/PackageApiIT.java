package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.TestAccounts;
import org.parity.content.PackageFiles;
import org.parity.content.PackageReader;

/**
 * {@code POST /api/v1/packages} and the package downloads, through HTTP as a client would use them.
 */
class PackageApiIT extends BrowserTest {

  private static final String PASSWORD = "cobalt meadow lantern 88";
  private static final String COLLEGE = "College of Whole-Person Care (demo)";

  private static String module(String slug, String owner, int passMark) {
    return """
        slug: %s
        title: Sleep and long-term conditions
        owner: %s
        version: 1
        summary: Poor sleep and low mood travel together.
        learningOutcomes: [Ask about sleep]
        estimatedMinutes: 20
        cpdHours: 0.5
        challenges: [LTC_MENTAL_HEALTH]
        priorityAreas: [LTC_MENTAL_HEALTH]
        settings: [PRIMARY_CARE]
        themes: [WHOLE_PERSON]
        units:
          - kind: TEXT
            title: Why sleep
            file: 01-why.md
          - kind: QUIZ
            title: Check
            passMark: %d
            questionCount: 1
        """
        .formatted(slug, owner, passMark);
  }

  private static final String QUESTIONS =
      """
      questions:
        - id: q1
          type: TRUE_FALSE
          text: Sleep matters.
          options:
            - {text: "True", correct: true, feedback: Yes.}
            - {text: "False", correct: false, feedback: No.}
      """;

  private static Map<String, String> modulePackage(String slug, String owner, int passMark) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("modules/" + slug + "/module.yaml", module(slug, owner, passMark));
    files.put("modules/" + slug + "/01-why.md", "# Why sleep\n\nIt matters.");
    files.put("modules/" + slug + "/questions.yaml", QUESTIONS);
    return files;
  }

  @Test
  void uploadsAreAuthorisedCheckedWholeAndStoredAsDrafts() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String editor = "pkg-editor-" + run + "@example.org";
    String learner = "pkg-learner-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(editor, "Ines Editor", PASSWORD, List.of("EDITOR"), COLLEGE);
    accounts.create(learner, "Lou Learner", PASSWORD, List.of("LEARNER"), COLLEGE);
    String slug = "sleep-and-ltc-" + run;
    byte[] good = TestContent.zip(modulePackage(slug, "college-of-whole-person-care-demo", 1));

    assertThat(ApiSession.anonymous(base).postZip("/api/v1/packages", good).statusCode())
        .isEqualTo(401);
    assertThat(
            ApiSession.signedIn(base, learner, PASSWORD)
                .postZip("/api/v1/packages", good)
                .statusCode())
        .isEqualTo(403);

    ApiSession session = ApiSession.signedIn(base, editor, PASSWORD);

    // A package with problems is refused whole: every problem listed, its good module not stored.
    Map<String, String> bad = modulePackage(slug, "college-of-whole-person-care-demo", 1);
    bad.putAll(modulePackage("other-" + slug, "college-of-whole-person-care-demo", 5));
    bad.put(
        "curricula/c-" + run + "/curriculum.yaml",
        "slug: c-"
            + run
            + "\ntitle: T\npublishers: [college-of-whole-person-care-demo]\nversion: 1\nsummary: S\n"
            + "learningOutcomes: [O]\nmodules: [no-such-module-"
            + run
            + "]\n");
    HttpResponse<String> refused = session.postZip("/api/v1/packages", TestContent.zip(bad));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("\"file\":\"modules/other-" + slug + "/module.yaml\"")
        .contains("'passMark' (5) is more than 'questionCount' (1)")
        .contains("no-such-module-" + run);

    HttpResponse<String> notOurs =
        session.postZip(
            "/api/v1/packages",
            TestContent.zip(
                modulePackage("theirs-" + slug, "primary-care-learning-collaborative-demo", 1)));
    assertThat(notOurs.statusCode()).isEqualTo(400);
    assertThat(notOurs.body())
        .contains("You are not an editor for Primary Care Learning Collaborative (demo)");

    HttpResponse<String> created = session.postZip("/api/v1/packages", good);
    assertThat(created.statusCode()).isEqualTo(201);
    Matcher id = Pattern.compile("\"modules/" + slug + "\":(\\d+)").matcher(created.body());
    assertThat(id.find()).as(created.body()).isTrue();
    assertThat(ApiSession.anonymous(base).get("/api/v1/modules/" + slug).statusCode())
        .as("a draft is not public")
        .isEqualTo(404);

    // Downloading the draft gives back the package that was uploaded.
    HttpResponse<byte[]> download =
        session.download("/api/v1/module-versions/" + id.group(1) + "/package");
    assertThat(download.statusCode()).isEqualTo(200);
    var roundTrip = PackageReader.read(PackageFiles.fromZip(download.body()), Set.of());
    var original = PackageReader.read(PackageFiles.fromZip(good), Set.of());
    assertThat(roundTrip.problems()).isEmpty();
    assertThat(roundTrip.content()).isEqualTo(original.content());
    assertThat(
            ApiSession.anonymous(base)
                .download("/api/v1/module-versions/" + id.group(1) + "/package")
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void aPublishedVersionNeverChangesAndTheApiAnswers409() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String editor = "pkg-409-" + run + "@example.org";
    new TestAccounts(browser).create(editor, "Nia Editor", PASSWORD, List.of("EDITOR"), COLLEGE);
    // A starter module the editor's college owns (other tests publish other colleges' curricula,
    // so the catalogue's first module may not be one).
    String starter = "mental-health-in-acute-hospitals";
    HttpResponse<String> module = ApiSession.anonymous(base).get("/api/v1/modules/" + starter);
    assertThat(module.statusCode()).as("the starter modules are published").isEqualTo(200);
    Matcher versionId = Pattern.compile("\"versionId\":(\\d+)").matcher(module.body());
    assertThat(versionId.find()).isTrue();

    HttpResponse<String> edit =
        ApiSession.signedIn(base, editor, PASSWORD)
            .putJson(
                "/api/v1/module-versions/" + versionId.group(1),
                "{\"title\":\"Changed\",\"summary\":\"x\",\"learningOutcomes\":[],\"estimatedMinutes\":10,"
                    + "\"cpdHours\":1,\"challenges\":[],\"priorityAreas\":[],\"settings\":[],\"themes\":[]}");
    assertThat(edit.statusCode()).isEqualTo(409);
    assertThat(ApiSession.anonymous(base).get("/api/v1/modules/" + starter).body())
        .doesNotContain("Changed");
  }

  @Test
  void anEditorUploadsAPackageInTheStudioAndSeesEveryProblem() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String editor = "pkg-ui-" + run + "@example.org";
    String slug = "sleep-ui-" + run;
    new TestAccounts(browser).create(editor, "Uma Editor", PASSWORD, List.of("EDITOR"), COLLEGE);
    new org.parity.browser.pages.LoginPage(browser).open().signIn(editor, PASSWORD);
    browser.open("/studio");

    java.nio.file.Path bad = java.nio.file.Files.createTempFile("bad-package", ".zip");
    java.nio.file.Files.write(
        bad, TestContent.zip(modulePackage(slug, "college-of-whole-person-care-demo", 4)));
    browser.find("[id='upload:file']").sendKeys(bad.toString());
    browser.submit("[id='upload:send']");
    assertThat(browser.text("#messages"))
        .contains("The package was refused, and nothing of it was stored");
    assertThat(browser.text("#package-problems"))
        .contains("modules/" + slug + "/module.yaml:")
        .contains("'passMark' (4) is more than 'questionCount' (1)");

    java.nio.file.Path good = java.nio.file.Files.createTempFile("good-package", ".zip");
    java.nio.file.Files.write(
        good, TestContent.zip(modulePackage(slug, "college-of-whole-person-care-demo", 1)));
    browser.find("[id='upload:file']").sendKeys(good.toString());
    browser.submit("[id='upload:send']");
    assertThat(browser.text("#messages")).contains("Package uploaded: 1 drafts created");
    browser.open("/studio");
    assertThat(browser.text("[id='modules']"))
        .contains("Sleep and long-term conditions")
        .contains("Draft");
  }

  @Test
  void onlyTheOwnPublishersEditorsAndPublishersMayMoveAVersionThroughReview() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String editor = "rev-editor-" + run + "@example.org";
    String publisher = "rev-pub-" + run + "@example.org";
    String secondPublisher = "rev-pub2-" + run + "@example.org";
    String stranger = "rev-other-" + run + "@example.org";
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(editor, "Eddie Editor", PASSWORD, List.of("EDITOR"), COLLEGE);
    accounts.create(publisher, "Pia Publisher", PASSWORD, List.of("EDITOR", "PUBLISHER"), COLLEGE);
    accounts.create(
        secondPublisher, "Sol Second", PASSWORD, List.of("EDITOR", "PUBLISHER"), COLLEGE);
    accounts.create(
        stranger,
        "Sam Stranger",
        PASSWORD,
        List.of("EDITOR", "PUBLISHER"),
        "Primary Care Learning Collaborative (demo)");
    String slug = "sleep-review-" + run;
    ApiSession editing = ApiSession.signedIn(base, editor, PASSWORD);
    HttpResponse<String> created =
        editing.postZip(
            "/api/v1/packages",
            TestContent.zip(modulePackage(slug, "college-of-whole-person-care-demo", 1)));
    Matcher id = Pattern.compile("\"modules/" + slug + "\":(\\d+)").matcher(created.body());
    assertThat(id.find()).as(created.body()).isTrue();
    String version = "/api/v1/module-versions/" + id.group(1);
    String details =
        "{\"title\":\"Changed by a stranger\",\"summary\":\"S\",\"learningOutcomes\":[\"O\"],"
            + "\"estimatedMinutes\":10,\"cpdHours\":0.5,\"challenges\":[],\"priorityAreas\":[],"
            + "\"settings\":[],\"themes\":[]}";

    ApiSession other = ApiSession.signedIn(base, stranger, PASSWORD);
    assertThat(other.putJson(version, details).statusCode())
        .as("another college's editor cannot change the draft")
        .isEqualTo(403);
    assertThat(other.post(version + "/submit").statusCode()).isEqualTo(403);
    assertThat(ApiSession.anonymous(base).post(version + "/submit").statusCode()).isEqualTo(401);

    // The publisher improves the draft before it goes to review: it is now their work too.
    ApiSession publishing = ApiSession.signedIn(base, publisher, PASSWORD);
    assertThat(
            publishing
                .putJson(version, details.replace("Changed by a stranger", "Sleep and mood"))
                .statusCode())
        .isEqualTo(204);

    assertThat(editing.post(version + "/submit").statusCode()).isEqualTo(204);
    assertThat(editing.post(version + "/publish").statusCode())
        .as("an editor who is not a publisher cannot publish")
        .isEqualTo(403);
    assertThat(other.post(version + "/publish").statusCode())
        .as("another college's publisher cannot publish it")
        .isEqualTo(403);
    assertThat(ApiSession.anonymous(base).get("/api/v1/modules/" + slug).statusCode())
        .isEqualTo(404);

    // Nobody approves their own work: a publisher who changed it may not publish it.
    HttpResponse<String> ownWork = publishing.post(version + "/publish");
    assertThat(ownWork.statusCode()).isEqualTo(409);
    assertThat(ownWork.body()).contains("another publisher must approve it");
    assertThat(ApiSession.anonymous(base).get("/api/v1/modules/" + slug).statusCode())
        .isEqualTo(404);

    ApiSession approving = ApiSession.signedIn(base, secondPublisher, PASSWORD);
    assertThat(approving.post(version + "/publish").statusCode()).isEqualTo(204);
    assertThat(ApiSession.anonymous(base).get("/api/v1/modules/" + slug).body())
        .contains("Sleep and mood");
    assertThat(approving.putJson(version, details).statusCode())
        .as("a published version never changes")
        .isEqualTo(409);
    assertThat(approving.post(version + "/publish").statusCode())
        .as("publishing twice is out of turn")
        .isEqualTo(409);

    // Its package holds the quiz's answer keys: only its own publisher's editors download it.
    assertThat(editing.download(version + "/package").statusCode()).isEqualTo(200);
    assertThat(other.download(version + "/package").statusCode())
        .as("another college's editor")
        .isEqualTo(403);
  }
}
