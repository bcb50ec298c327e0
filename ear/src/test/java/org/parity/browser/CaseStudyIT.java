package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.browser.pages.CaseStudyEditorPage;
import org.parity.browser.pages.LoginPage;
import org.parity.browser.pages.TestAccounts;

/**
 * A case study from draft to publication and on to a revision: a member writes and submits it with
 * a PDF, an editor asks for changes, the author answers, the editor publishes; later edits are
 * reviewed again before the public page changes. Also the starter studies that ship with Parity.
 */
class CaseStudyIT extends BrowserTest {

  private static final String PASSWORD = "heron lantern orchard 27";
  private static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
              + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
              + "trailer << /Root 1 0 R >>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  @Test
  void aMemberWritesAnEditorReviewsAndRevisionsAreReviewedAgain() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String author = "cs-author-" + run + "@example.org";
    String other = "cs-other-" + run + "@example.org";
    String editor = "cs-editor-" + run + "@example.org";
    String checker = "cs-checker-" + run + "@example.org";
    String outsideEditor = "cs-outside-" + run + "@example.org";
    String title = "Dietitians and psychologists together " + run;
    Path pdf = Files.createTempFile("outcomes-", ".pdf");
    Files.write(pdf, PDF);
    Path fake = Files.createTempFile("not-really-", ".pdf");
    Files.writeString(fake, "Plain text pretending to be a PDF.");
    TestAccounts accounts = new TestAccounts(browser);
    accounts.create(author, "Ama Author " + run, PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(other, "Olu Other " + run, PASSWORD, List.of(), TestContent.COLLEGE);
    accounts.create(editor, "Eda Editor " + run, PASSWORD, List.of("EDITOR"), TestContent.COLLEGE);
    accounts.create(
        checker, "Chi Checker " + run, PASSWORD, List.of("EDITOR"), TestContent.COLLEGE);
    accounts.create(
        outsideEditor,
        "Oz Outside " + run,
        PASSWORD,
        List.of("EDITOR"),
        "Primary Care Learning Collaborative (demo)");
    CaseStudyEditorPage studyEditor = new CaseStudyEditorPage(browser);

    // A draft without a title is refused beside the title; with one it is saved.
    new LoginPage(browser).open().signIn(author, PASSWORD);
    browser.open("/case-studies");
    assertThat(browser.findAll("#review-case-studies")).as("members do not review").isEmpty();
    browser.submit("#write-case-study");
    assertThat(browser.path()).isEqualTo("/case-studies/new");
    studyEditor.fill("summary", "A summary written before the title.").save();
    assertThat(studyEditor.errorBeside("title")).isEqualTo("Fill this in.");
    assertThat(studyEditor.value("summary")).isEqualTo("A summary written before the title.");

    studyEditor
        .fill("title", title)
        .fill("setting", "A community eating disorders service.")
        .fill("population", "Adults with diabetes and disordered eating.")
        .fill("problem", "People fell between two services.")
        .fill("intervention", "One joint clinic, one plan.")
        .fill("outcomes", "HbA1c fell by 11 mmol/mol in 40 people.")
        .fill("costs", "£52,000 a year; admissions avoided worth £80,000.")
        .fill("lessons", "Shared notes matter most.")
        .fill("organisation", "Testshire Health (example)")
        .fill("contacts", "Dr Test Person, consultant")
        .tickPriorityArea("LTC_MENTAL_HEALTH")
        .tick("PSYCH_SUPPORT")
        .save();
    assertThat(browser.path()).startsWith("/case-studies/").endsWith("/edit");
    String slug = browser.path().replaceAll("^/case-studies/|/edit$", "");
    assertThat(slug).startsWith("dietitians-and-psychologists-together");
    assertThat(studyEditor.status()).isEqualTo("Draft");

    // A PDF is attached; a text file named .pdf is refused by its content.
    studyEditor.attach(pdf);
    assertThat(studyEditor.attachments()).hasSize(1);
    studyEditor.attach(fake);
    assertThat(studyEditor.attachmentError()).contains("Only PDF, PNG and JPEG");
    assertThat(studyEditor.attachments()).hasSize(1);

    // Not published yet: nothing public.
    assertThat(ApiSession.anonymous(base).get("/api/v1/case-studies/" + slug).statusCode())
        .isEqualTo(404);

    ApiSession authorApi = ApiSession.signedIn(base, author, PASSWORD);
    long id =
        array(authorApi.get("/api/v1/case-studies/mine")).stream()
            .map(JsonObject.class::cast)
            .filter(line -> line.getString("slug").equals(slug))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("studyId")
            .longValue();
    String steps = "/api/v1/case-studies/" + id;

    // A draft is its author's alone: no reviewer reads it, or its files, before it is submitted.
    ApiSession reviewerApi = ApiSession.signedIn(base, editor, PASSWORD);
    String draftFile =
        URI.create(browser.find("#attachments a.attachment-link").getAttribute("href")).getPath();
    assertThat(reviewerApi.get(steps + "/draft").statusCode()).isEqualTo(403);
    assertThat(reviewerApi.get(draftFile).statusCode()).isEqualTo(404);
    assertThat(authorApi.get(draftFile).statusCode()).isEqualTo(200);

    studyEditor.submitForReview();
    assertThat(browser.path()).isEqualTo("/case-studies/mine");
    assertThat(browser.text("#my-studies")).contains(title).contains("With the reviewers");

    // Submitted: its reviewers read it; an editor of another organisation, who does not review
    // for its author, neither finds it on the review desk nor reads it.
    assertThat(reviewerApi.get(steps + "/draft").statusCode()).isEqualTo(200);
    assertThat(reviewerApi.get(draftFile).statusCode()).isEqualTo(200);
    ApiSession outsiderApi = ApiSession.signedIn(base, outsideEditor, PASSWORD);
    assertThat(outsiderApi.get(steps + "/draft").statusCode()).isEqualTo(403);
    assertThat(outsiderApi.get(draftFile).statusCode()).isEqualTo(404);
    assertThat(outsiderApi.post(steps + "/publish").statusCode()).isEqualTo(403);
    assertThat(outsiderApi.get("/api/v1/case-studies/review").body()).doesNotContain(title);

    // Another member may not publish; an author may not publish their own either.
    ApiSession otherApi = ApiSession.signedIn(base, other, PASSWORD);
    assertThat(otherApi.post(steps + "/publish").statusCode()).isEqualTo(403);
    assertThat(authorApi.post(steps + "/publish").statusCode()).isEqualTo(403);
    assertThat(otherApi.get(steps + "/draft").statusCode()).isEqualTo(403);
    assertThat(otherApi.putJson(steps, "{\"title\":\"Taken over\"}").statusCode()).isEqualTo(403);
    // A .pdf-named text file is refused over the API too.
    HttpResponse<String> refused =
        authorApi.postBytes(
            steps + "/attachments",
            "Just text.".getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/pdf",
            "X-File-Name",
            "notes.pdf");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(LearnerApi.json(refused).getJsonObject("errors").getString("file"))
        .isEqualTo("caseStudy.error.fileType");

    // The editor asks for changes: a comment is required.
    LoginPage.signOut(browser);
    new LoginPage(browser).open().signIn(editor, PASSWORD);
    browser.open("/case-studies");
    browser.submit("#review-case-studies");
    assertThat(browser.path()).isEqualTo("/case-studies/review");
    browser.submit("a.review-link[href$='study=" + id + "']");
    assertThat(browser.text("#review-title")).isEqualTo(title);
    browser.submit("[id='decide:requestChanges']");
    assertThat(browser.fieldError("decide:comment")).isEqualTo("Write a comment for the author.");
    browser.type("[id='decide:comment']", "Please say how many people were seen.");
    browser.submit("[id='decide:requestChanges']");
    assertThat(browser.path()).isEqualTo("/case-studies/review");
    assertThat(browser.pageText()).contains("Sent back to the author");

    // The author sees the comment, edits and resubmits.
    LoginPage.signOut(browser);
    new LoginPage(browser).open().signIn(author, PASSWORD);
    browser.open("/case-studies/mine");
    assertThat(browser.text("#my-studies"))
        .contains("Changes asked for")
        .contains("Please say how many people were seen.");
    studyEditor.open(slug);
    assertThat(studyEditor.reviewComments()).contains("Please say how many people were seen.");
    studyEditor
        .fill("problem", "People fell between two services; 40 were seen.")
        .submitForReview();
    assertThat(browser.text("#my-studies")).contains("With the reviewers");

    // Two people publish: nobody may publish it unchecked; Chi checks it, every item confirmed,
    // and may not then publish it too.
    ApiSession checkerApi = ApiSession.signedIn(base, checker, PASSWORD);
    HttpResponse<String> unchecked = checkerApi.post(steps + "/publish");
    assertThat(unchecked.statusCode()).isEqualTo(409);
    assertThat(unchecked.body()).contains("caseStudy.error.notChecked");
    LoginPage.signOut(browser);
    new LoginPage(browser).open().signIn(checker, PASSWORD);
    browser.open("/case-studies/review?study=" + id);
    assertThat(browser.findAll("[id='decide:publish']")).as("unchecked").isEmpty();
    browser.find("[id='decide:checks:0']").click();
    browser.submit("[id='decide:check']");
    assertThat(browser.fieldError("decide:checks")).contains("Confirm every item");
    for (int item = 0; item < 3; item++) {
      if (!browser.find("[id='decide:checks:" + item + "']").isSelected()) {
        browser.find("[id='decide:checks:" + item + "']").click();
      }
    }
    browser.submit("[id='decide:check']");
    assertThat(browser.text("#checked-by"))
        .contains("Checked by " + checker)
        .contains("Another reviewer publishes it");
    assertThat(browser.findAll("[id='decide:publish']")).as("not by who checked it").isEmpty();
    HttpResponse<String> ownCheck = checkerApi.post(steps + "/publish");
    assertThat(ownCheck.statusCode()).isEqualTo(409);
    assertThat(ownCheck.body()).contains("caseStudy.error.checkerPublishes");

    // The editor publishes, after confirming.
    LoginPage.signOut(browser);
    new LoginPage(browser).open().signIn(editor, PASSWORD);
    browser.open("/case-studies/review?study=" + id);
    assertThat(browser.text("#checked-by")).contains(checker);
    browser.find("[id='decide:publish']").click();
    browser.waitFor("[id='decide:confirmYes']");
    browser.submit("[id='decide:confirmYes']");
    assertThat(browser.pageText()).contains("Published.");
    LoginPage.signOut(browser);

    // The public page shows every section, the tags and the attachment.
    browser.open("/case-studies/" + slug);
    assertThat(browser.text("#study-title")).isEqualTo(title);
    for (String section :
        List.of(
            "setting",
            "population",
            "problem",
            "intervention",
            "outcomes",
            "costs",
            "lessons",
            "contacts",
            "attachments",
            "discussions")) {
      assertThat(browser.findAll("#section-" + section)).as(section).hasSize(1);
    }
    assertThat(browser.text("#section-problem")).contains("40 were seen");
    assertThat(browser.text("#study-tags"))
        .contains("Supporting the mental health of people with long-term conditions");
    assertThat(browser.text("#study-organisation")).isEqualTo("Testshire Health (example)");
    String firstUpdate = browser.find("#last-updated").getAttribute("datetime");
    String file = browser.find("#section-attachments a.attachment-link").getAttribute("href");
    HttpResponse<byte[]> download =
        ApiSession.anonymous(base).download(file.substring(browser.base().length()));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment;");
    assertThat(download.body()).isEqualTo(PDF);

    // A later edit is a new revision: the public keeps the old text until it is published.
    JsonObject draft = LearnerApi.json(authorApi.get(steps + "/draft"));
    String changed =
        Json.createObjectBuilder(draft.getJsonObject("content"))
            .add("problem", "Revised: people fell between two services; 52 were seen.")
            .build()
            .toString();
    HttpResponse<String> saved = authorApi.putJson(steps, changed);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(LearnerApi.json(saved).getInt("revisionNumber")).isEqualTo(2);
    assertThat(authorApi.post(steps + "/submit").statusCode()).isEqualTo(200);
    assertThat(publicProblem(slug)).contains("40 were seen");
    // A file added meanwhile also waits for the next publication.
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    HttpResponse<String> image =
        authorApi.postBytes(steps + "/attachments", png, "X-File-Name", "chart.png");
    assertThat(image.statusCode()).as(image.body()).isEqualTo(201);
    assertThat(LearnerApi.json(image).getString("mediaType")).isEqualTo("image/png");
    assertThat(publicAttachments(slug)).isEqualTo(1);
    ApiSession editorApi = ApiSession.signedIn(base, editor, PASSWORD);
    assertThat(editorApi.post(steps + "/publish").statusCode())
        .as("a new revision is checked afresh")
        .isEqualTo(409);
    assertThat(
            checkerApi
                .postJson(
                    steps + "/check",
                    "{\"confirmed\": [\"NO_IDENTIFIABLE_INFORMATION\", \"CONSENT_RECORDED\","
                        + " \"OUTCOMES_SUPPORTED\"]}")
                .statusCode())
        .isEqualTo(204);
    assertThat(editorApi.post(steps + "/publish").statusCode()).isEqualTo(204);
    assertThat(editorApi.post(steps + "/publish").statusCode()).isEqualTo(409);
    assertThat(publicAttachments(slug)).isEqualTo(2);

    browser.open("/case-studies/" + slug);
    assertThat(browser.text("#section-problem")).contains("52 were seen");
    Instant secondUpdate = Instant.parse(browser.find("#last-updated").getAttribute("datetime"));
    assertThat(secondUpdate).isAfter(Instant.parse(firstUpdate));
  }

  @Test
  void theStarterStudiesArePublishedWithRelatedStudies() throws Exception {
    ApiSession anyone = ApiSession.anonymous(base);
    for (String slug :
        List.of(
            "liaison-psychiatry-in-an-acute-hospital",
            "physical-health-checks-for-severe-mental-illness-in-primary-care",
            "psychological-support-in-a-diabetes-service",
            "integrated-perinatal-mental-health-team",
            "mental-health-in-reach-to-care-homes")) {
      HttpResponse<String> study = anyone.get("/api/v1/case-studies/" + slug);
      assertThat(study.statusCode()).as(slug).isEqualTo(200);
      JsonObject content = LearnerApi.json(study).getJsonObject("content");
      assertThat(content.getString("outcomes")).containsPattern("[0-9]");
      assertThat(content.getString("organisation")).endsWith("(example)");
    }
    // A thread in an open network that links to the study shows under "where it is discussed".
    String run = UUID.randomUUID().toString().substring(0, 6);
    String member = "cs-talker-" + run + "@example.org";
    String threadTitle = "Liaison teams at night " + run;
    new TestAccounts(browser)
        .create(member, "Tal Talker " + run, PASSWORD, List.of(), TestContent.COLLEGE);
    ApiSession memberApi = ApiSession.signedIn(base, member, PASSWORD);
    String network = "/api/v1/networks/integrating-physical-and-mental-health-care";
    assertThat(memberApi.post(network + "/join").body()).contains("ACTIVE");
    long category = memberApi.firstForumCategory(network);
    HttpResponse<String> thread =
        memberApi.postJson(
            network + "/threads",
            Json.createObjectBuilder()
                .add("category", category)
                .add("title", threadTitle)
                .add("body", "How do you cover nights?")
                .add("caseStudy", "liaison-psychiatry-in-an-acute-hospital")
                .build()
                .toString());
    assertThat(thread.statusCode()).as(thread.body()).isEqualTo(201);

    browser.open("/case-studies/liaison-psychiatry-in-an-acute-hospital");
    assertThat(browser.findAll("#section-related a.related-study")).isNotEmpty();
    assertThat(browser.findAll("#section-modules a.module-card")).isNotEmpty();
    assertThat(browser.text("#section-discussions")).contains(threadTitle);
    assertThat(anyone.get("/case-studies/no-such-study-here").statusCode()).isEqualTo(404);
    HttpResponse<String> writing = anyone.get("/case-studies/new");
    assertThat(writing.statusCode()).isEqualTo(302);
    assertThat(writing.headers().firstValue("Location").orElse("")).contains("/login");
    assertThat(anyone.get("/case-study-edit.xhtml").statusCode()).isEqualTo(404);
    assertThat(anyone.get("/case-studies/review").statusCode()).isEqualTo(302);
  }

  private int publicAttachments(String slug) throws Exception {
    HttpResponse<String> study = ApiSession.anonymous(base).get("/api/v1/case-studies/" + slug);
    return LearnerApi.json(study).getJsonArray("attachments").size();
  }

  private String publicProblem(String slug) throws Exception {
    HttpResponse<String> study = ApiSession.anonymous(base).get("/api/v1/case-studies/" + slug);
    return LearnerApi.json(study).getJsonObject("content").getString("problem");
  }

  private static jakarta.json.JsonArray array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try (var reader = Json.createReader(new java.io.StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
