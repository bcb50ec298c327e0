package org.parity.network.application;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The start of a post as plain text, for mail and the notification list: the Markdown's text
 * without its markup, so nothing a member typed is ever read as HTML.
 */
public final class PostExcerpt {

  private static final Parser PARSER = Parser.builder().build();
  private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

  private PostExcerpt() {}

  public static String of(String markdown, int limit) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String text = TEXT.render(PARSER.parse(markdown)).replaceAll("\\s+", " ").strip();
    if (text.length() <= limit) {
      return text;
    }
    int cut = text.lastIndexOf(' ', limit);
    return text.substring(0, cut > limit / 2 ? cut : limit).strip() + "…";
  }
}
