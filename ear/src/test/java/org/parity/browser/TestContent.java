package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publishes small modules and curricula for a test through the API, as a college's editor and
 * publisher would: upload the package, submit the draft, publish it.
 */
public final class TestContent {

  public static final String COLLEGE = "College of Whole-Person Care (demo)";
  public static final String COLLEGE_SLUG = "college-of-whole-person-care-demo";

  private final ApiSession publisher;
  private final String owner;
  private ApiSession approver;

  /** {@code publisher}: signed in as an EDITOR and PUBLISHER of the demo college. */
  public TestContent(ApiSession publisher) {
    this(publisher, COLLEGE_SLUG);
  }

  /**
   * Content owned by another publisher ({@code owner}'s slug), which {@code publisher} edits for.
   */
  public TestContent(ApiSession publisher, String owner) {
    this.publisher = publisher;
    this.owner = owner;
  }

  /**
   * A second publisher of the demo college, who approves what {@code publisher} submits: nobody
   * publishes their own work.
   */
  private ApiSession approver() throws IOException, InterruptedException {
    if (approver == null) {
      approver =
          ApiSession.signedIn(
                  publisher.base(),
                  System.getProperty("it.admin.email"),
                  System.getProperty("it.admin.password"))
              .newAccount("Avery Approver", List.of("EDITOR", "PUBLISHER"), List.of(owner));
    }
    return approver;
  }

  /**
   * A module with a text unit, a reflection and a quiz of {@code questions} true/false questions
   * (all from a bank of that size, "True" always right), pass mark {@code passMark}, {@code
   * maxAttempts} (0: unlimited). Answers the published version's id.
   */
  public long publishModule(String slug, String title, int questions, int passMark, int maxAttempts)
      throws IOException, InterruptedException {
    return publishModule(slug, title, questions, passMark, maxAttempts, false);
  }

  /** The same, with a video unit (a link and its transcript) after the text when asked. */
  public long publishModule(
      String slug, String title, int questions, int passMark, int maxAttempts, boolean withVideo)
      throws IOException, InterruptedException {
    long id = draftModule(slug, title, questions, passMark, maxAttempts, withVideo);
    step(publisher, "/api/v1/module-versions/" + id + "/submit");
    step(approver(), "/api/v1/module-versions/" + id + "/publish");
    return id;
  }

  private long draftModule(
      String slug, String title, int questions, int passMark, int maxAttempts, boolean withVideo)
      throws IOException, InterruptedException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "modules/" + slug + "/module.yaml",
        """
        slug: %s
        title: %s
        owner: %s
        version: 1
        summary: Talking about mood with people who live with a long-term condition.
        learningOutcomes: [Ask about mood at every review]
        estimatedMinutes: 20
        cpdHours: 0.75
        challenges: [LTC_MENTAL_HEALTH]
        priorityAreas: [LTC_MENTAL_HEALTH]
        settings: [PRIMARY_CARE]
        themes: [WHOLE_PERSON]
        units:
          - kind: TEXT
            title: Why mood matters
            file: 01-why.md
        %s  - kind: REFLECTION
            title: Your practice
            prompt: Think of a recent review where mood came up. What did you do?
          - kind: QUIZ
            title: Check your understanding
            passMark: %d
            questionCount: %d
            maxAttempts: %d
        """
            .formatted(
                slug,
                title,
                owner,
                withVideo
                    ? """
                      - kind: VIDEO
                        title: A review, annotated
                        url: https://example.org/video/mood-review
                        transcript: 02-review-transcript.md
                    """
                    : "",
                passMark,
                questions,
                maxAttempts));
    if (withVideo) {
      files.put(
          "modules/" + slug + "/02-review-transcript.md",
          "**Nurse:** How has your mood been since the last review?\n\n**Patient:** Low, to be"
              + " honest.");
    }
    files.put(
        "modules/" + slug + "/01-why.md",
        "# Why mood matters\n\nDepression is **two to three times** as common in people with a"
            + " long-term condition.");
    StringBuilder bank = new StringBuilder("questions:\n");
    for (int i = 1; i <= questions; i++) {
      bank.append(
          """
            - id: q%d
              type: TRUE_FALSE
              text: "Statement %d: asking about mood is part of a long-term condition review."
              options:
                - {text: "True", correct: true, feedback: "Right: mood and the condition travel together."}
                - {text: "False", correct: false, feedback: "Not so: ask about mood at every review."}
          """
              .formatted(i, i));
    }
    files.put("modules/" + slug + "/questions.yaml", bank.toString());
    return upload(files, "modules/" + slug);
  }

  /**
   * A module as {@link #publishModule} makes it, uploaded and submitted for review by {@code
   * publisher} but not published; answers the version's id.
   */
  public long submitModule(String slug, String title) throws IOException, InterruptedException {
    long id = draftModule(slug, title, 1, 1, 0, false);
    step(publisher, "/api/v1/module-versions/" + id + "/submit");
    return id;
  }

  /**
   * A published curriculum {@code slug} of one published module ({@code slug-module}, one
   * question): the least a learner can complete for a certificate. Answers the published version's
   * id.
   */
  public long publishSmallCurriculum(String slug, String title)
      throws IOException, InterruptedException {
    publishModule(slug + "-module", title + " (module)", 1, 1, 0);
    return publishCurriculum(slug, title, slug + "-module");
  }

  /** A curriculum of the given published modules (by slug); answers the published version's id. */
  public long publishCurriculum(String slug, String title, String... modules)
      throws IOException, InterruptedException {
    return publishCurriculum(slug, title, List.of(COLLEGE_SLUG), modules);
  }

  /** The same, naming these publishers (by slug, the lead first) in its package. */
  public long publishCurriculum(
      String slug, String title, List<String> publishers, String... modules)
      throws IOException, InterruptedException {
    return curriculum(slug, title, publishers, true, modules);
  }

  private long curriculum(
      String slug, String title, List<String> publishers, boolean publish, String... modules)
      throws IOException, InterruptedException {
    String yaml =
        """
        slug: %s
        title: %s
        publishers: [%s]
        version: 1
        summary: A short curriculum made for a test.
        professions: [GP, ADULT_NURSE]
        learningOutcomes: [Ask about mood]
        challenges: [LTC_MENTAL_HEALTH]
        priorityAreas: [LTC_MENTAL_HEALTH]
        settings: [PRIMARY_CARE]
        modules: [%s]
        """
            .formatted(slug, title, String.join(", ", publishers), String.join(", ", modules));
    long id = upload(Map.of("curricula/" + slug + "/curriculum.yaml", yaml), "curricula/" + slug);
    step(publisher, "/api/v1/curriculum-versions/" + id + "/submit");
    if (publish) {
      step(approver(), "/api/v1/curriculum-versions/" + id + "/publish");
    }
    return id;
  }

  /**
   * A curriculum led by this content's owner, of the given published modules, uploaded and
   * submitted for review but not published; answers the version's id.
   */
  public long submitCurriculum(String slug, String title, String... modules)
      throws IOException, InterruptedException {
    return curriculum(slug, title, List.of(owner), false, modules);
  }

  private long upload(Map<String, String> files, String key)
      throws IOException, InterruptedException {
    HttpResponse<String> created = publisher.postZip("/api/v1/packages", zip(files));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher id = Pattern.compile("\"" + Pattern.quote(key) + "\":(\\d+)").matcher(created.body());
    assertThat(id.find()).as(created.body()).isTrue();
    return Long.parseLong(id.group(1));
  }

  private static void step(ApiSession session, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> response = session.post(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(204);
  }

  static byte[] zip(Map<String, String> files) {
    return org.parity.it.ContentPackages.zip(files);
  }
}
