package org.parity.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

  private final Markdown markdown = new Markdown();

  @Test
  void rendersHeadingsListsLinksAndTables() {
    String html =
        markdown.toSafeHtml(
            "# Title\n\n- one\n- **two**\n\n[NICE](https://www.nice.org.uk)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    assertThat(html)
        .contains("<h1>Title</h1>")
        .contains("<li>one</li>")
        .contains("<strong>two</strong>")
        .contains("href=\"https://www.nice.org.uk\"")
        .contains("<table>");
  }

  @Test
  void neverLetsScriptThrough() {
    String html =
        markdown.toSafeHtml(
            "<script>alert(1)</script>\n\n[x](javascript:alert(2))\n\n<img src=x onerror=alert(3)>\n\n<a href=\"#\" onclick=\"alert(4)\">y</a>");
    // Raw HTML is shown as text (escaped), and links keep only safe schemes: no markup can run.
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("href=\"javascript")
        .doesNotContain("onclick=\"")
        .doesNotContain("onerror=\"");
    assertThat(html).contains("&lt;script&gt;");
  }

  @Test
  void emptyTextRendersNothing() {
    assertThat(markdown.toSafeHtml(null)).isEmpty();
    assertThat(markdown.toSafeHtml("  ")).isEmpty();
  }

  @Test
  void aUnitShowsItsModulesImagesWithTheirOwnAlternativeTextAndNoOthers() {
    java.util.Map<String, Markdown.ImageLink> images =
        java.util.Map.of(
            "care-plan.png",
            new Markdown.ImageLink("/unit-images/42/care-plan.png", "A care plan \"with\" <b>"));
    String html =
        new Markdown()
            .toSafeHtml(
                "Before ![typed text](images/care-plan.png \"title\") after\n\n"
                    + "![pixel](https://tracker.example/p.png) ![gone](images/missing.png)"
                    + " ![x](/unit-images/1/a.png\" onerror=\"alert(1))",
                images);
    assertThat(html)
        .contains("src=\"/unit-images/42/care-plan.png\"")
        .contains("alt=\"A care plan &#34;with&#34; &lt;b&gt;\"")
        .contains("pixel")
        .doesNotContain("typed text", "tracker.example", "missing.png", "onerror=", "title=")
        .containsOnlyOnce("<img");
    assertThat(new Markdown().toSafeHtml("![x](/unit-images/42/care-plan.png)"))
        .as("without the module's images, no image at all")
        .doesNotContain("<img");
  }
}
