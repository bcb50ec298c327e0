package org.parity.search.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.parity.platform.text.HtmlText;

/**
 * Short extracts of a text around the words a query found, those words in {@code <mark>} and
 * everything else escaped, so nothing a writer typed can become markup. Built here because the
 * Lucene modules WildFly ships have no highlighter; the words are compared after the same analysis
 * as the index (stems, synonyms, and the same tolerance for typing slips as the search).
 */
public final class Snippets {

  private static final Analyzer INDEX = SearchAnalysis.english();
  private static final Analyzer QUERY = SearchAnalysis.queryAnalyzer();

  private static final int BEFORE = 60;

  private Snippets() {}

  /** What a query looks for, worked out once per search. */
  public record Wanted(Set<String> terms, List<Slip> slips) {}

  /**
   * A word as typed that may be found with {@code distance} edits, compared with the words of the
   * text as written (as the search compares it with the unstemmed words).
   */
  public record Slip(String word, int distance) {}

  /**
   * @param text words of the query, operators removed
   * @param fuzzy words allowed typing slips, each with its number of edits
   */
  public static Wanted wanted(String text, List<Slip> fuzzy) {
    Set<String> terms = new HashSet<>();
    terms(
        QUERY,
        text,
        (term, start, end) -> {
          terms.add(term);
          return true;
        });
    List<Slip> slips =
        fuzzy.stream().map(s -> new Slip(s.word().toLowerCase(Locale.ROOT), s.distance())).toList();
    return new Wanted(terms, slips);
  }

  /** About {@code size} characters from {@code text}, starting a little before the first match. */
  public static String of(String text, Wanted wanted, int size) {
    if (text == null || text.isBlank()) {
      return "";
    }
    List<int[]> marks = new ArrayList<>();
    int[] window = {0, -1};
    terms(
        INDEX,
        text,
        (term, start, end) -> {
          if (window[1] >= 0 && end > window[1]) {
            return false; // past the extract: the rest of the text need not be read
          }
          if (matches(term, text.substring(start, end), wanted)) {
            marks.add(new int[] {start, end});
            if (window[1] < 0) {
              window[0] = from(text, start);
              window[1] = to(text, window[0], size);
            }
          }
          return true;
        });
    int from = window[0];
    int to = window[1] >= 0 ? window[1] : to(text, 0, size);
    StringBuilder html = new StringBuilder(from > 0 ? "… " : "");
    int at = from;
    for (int[] mark : marks) {
      if (mark[0] < at || mark[1] > to) {
        continue;
      }
      html.append(HtmlText.escape(text.substring(at, mark[0])))
          .append("<mark>")
          .append(HtmlText.escape(text.substring(mark[0], mark[1])))
          .append("</mark>");
      at = mark[1];
    }
    html.append(HtmlText.escape(text.substring(at, to)));
    return to < text.length() ? html.append(" …").toString() : html.toString();
  }

  /** A little before the first match, at the start of a word. */
  private static int from(String text, int firstMatch) {
    return firstMatch > BEFORE ? text.lastIndexOf(' ', firstMatch - BEFORE) + 1 : 0;
  }

  /** About {@code size} characters on, at the end of a word. */
  private static int to(String text, int from, int size) {
    int to = Math.min(text.length(), from + size);
    if (to < text.length()) {
      int space = text.lastIndexOf(' ', to);
      to = space > from + size / 2 ? space : to;
    }
    return to;
  }

  private static boolean matches(String term, String written, Wanted wanted) {
    if (wanted.terms().contains(term)) {
      return true;
    }
    String word = written.toLowerCase(Locale.ROOT);
    for (Slip slip : wanted.slips()) {
      if (Math.abs(slip.word().length() - word.length()) <= slip.distance()
          && distance(slip.word(), word) <= slip.distance()) {
        return true;
      }
    }
    return false;
  }

  /** Levenshtein distance, for the short words it is asked about. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private interface TermConsumer {
    /** Answers false to stop reading. */
    boolean accept(String term, int start, int end);
  }

  private static void terms(Analyzer analyzer, String text, TermConsumer consumer) {
    try (TokenStream tokens = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()
          && consumer.accept(term.toString(), offset.startOffset(), offset.endOffset())) {
        // each term handed over as it is read
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
