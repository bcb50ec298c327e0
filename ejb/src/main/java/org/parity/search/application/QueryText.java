package org.parity.search.application;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes whatever a reader typed safe to search with: control characters removed, length capped at a
 * whole word, and the words long enough to deserve a fuzzy second chance picked out.
 */
public final class QueryText {

  public static final int LIMIT = 200;

  /**
   * Words this long tolerate one typing slip; from {@link #TWO_SLIPS} on, two. Most slips are one
   * letter wrong, missing, added or swapped, and allowing two costs many times more to search.
   */
  static final int FUZZY_FROM = 5;

  static final int TWO_SLIPS = 12;

  private static final int FUZZY_WORDS = 8;

  private static final int WORDS = 12;

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private QueryText() {}

  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String text = SPACES.matcher(CONTROL.matcher(raw).replaceAll(" ")).replaceAll(" ").strip();
    if (text.length() > LIMIT) {
      int cut = text.lastIndexOf(' ', LIMIT);
      text = text.substring(0, cut > LIMIT / 2 ? cut : LIMIT).strip();
    }
    return text;
  }

  /** The same text with every query operator gone: the fallback if the parser still objects. */
  public static String plain(String cleaned) {
    return NOT_WORD.matcher(cleaned).replaceAll(" ").strip();
  }

  /** Words of {@value #FUZZY_FROM} letters or more, lower-cased, at most eight. */
  public static List<String> fuzzyWords(String cleaned) {
    return Arrays.stream(NOT_WORD.split(cleaned))
        .filter(QueryText::deservesSlip)
        .map(String::toLowerCase)
        .distinct()
        .limit(FUZZY_WORDS)
        .toList();
  }

  /**
   * The words as typed, split at spaces only so that "A&E" or "PHQ-9" stay whole for the synonyms;
   * those without a letter or digit are dropped, and at most {@value #WORDS} kept.
   */
  public static List<String> words(String cleaned) {
    return Arrays.stream(SPACES.split(cleaned))
        .filter(w -> !parts(w).isEmpty())
        .distinct()
        .limit(WORDS)
        .toList();
  }

  /** The letters and digits of one typed word, lower-cased: "Gut-directed" gives gut, directed. */
  public static List<String> parts(String word) {
    return Arrays.stream(NOT_WORD.split(word))
        .filter(p -> !p.isEmpty())
        .map(String::toLowerCase)
        .toList();
  }

  /** Whether a word is long enough that a typing slip in it is more likely than another word. */
  public static boolean deservesSlip(String word) {
    return word.length() >= FUZZY_FROM;
  }

  public static int slips(String word) {
    return word.length() >= TWO_SLIPS ? 2 : 1;
  }
}
