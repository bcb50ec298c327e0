package org.parity.search.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How Parity reads words: English stemming, accents folded, and at query time the field's
 * abbreviations expanded from a synonyms file (SMI = severe mental illness …). Synonyms apply only
 * to queries, so editors can extend the file without rebuilding the index.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

  /** Indexed text: stemmed English. */
  public static final String ENGLISH = "english";

  /** Query text: stemmed English with the field's abbreviations and their long forms. */
  public static final String ENGLISH_QUERY = "englishQuery";

  /**
   * Words as written, lower-cased and accents folded but not stemmed: typing slips are measured
   * against them, since "helth" is one slip from "health" but further from a stem.
   */
  public static final String WORDS = "words";

  /** Titles cut into word prefixes, for suggestions as the reader types. */
  public static final String PREFIXES = "prefixes";

  public static final String PREFIXES_QUERY = "prefixesQuery";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.analyzer(ENGLISH).instance(english());
    context
        .analyzer(WORDS)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
    context.analyzer(ENGLISH_QUERY).instance(queryAnalyzer());
    context
        .analyzer(PREFIXES)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("edgeNGram")
        .param("minGramSize", "1")
        .param("maxGramSize", "20");
    context
        .analyzer(PREFIXES_QUERY)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
  }

  /** Stemmed English, as indexed; {@link Snippets} reads text with it too, to mark what matched. */
  static Analyzer english() {
    try {
      return CustomAnalyzer.builder(
              new ClasspathResourceLoader(CustomAnalyzer.class.getClassLoader()))
          .withTokenizer("standard")
          .addTokenFilter("lowercase")
          .addTokenFilter("asciiFolding")
          .addTokenFilter("englishPossessive")
          .addTokenFilter("porterStem")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the English analyzer", e);
    }
  }

  /**
   * Built here rather than by name so the synonyms can come from an operator's file
   * (PARITY_SEARCH_SYNONYMS) as well as from the one Parity ships.
   */
  static Analyzer queryAnalyzer() {
    try {
      return CustomAnalyzer.builder(synonymsLoader())
          .withTokenizer("standard")
          .addTokenFilter("lowercase")
          .addTokenFilter("asciiFolding")
          .addTokenFilter(
              "synonymGraph",
              "synonyms",
              SearchSynonyms.SHIPPED,
              "ignoreCase",
              "true",
              "expand",
              "true",
              // Rules are read with the same tokenizer as queries, so "A&E" and "PHQ-9" match.
              "tokenizerFactory",
              "org.apache.lucene.analysis.standard.StandardTokenizerFactory")
          .addTokenFilter("englishPossessive")
          .addTokenFilter("porterStem")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the search synonyms", e);
    }
  }

  /**
   * Reads the synonyms' resource from {@link SearchSynonyms}, the operator's file or the shipped
   * one.
   */
  private static ResourceLoader synonymsLoader() {
    ResourceLoader lucene = new ClasspathResourceLoader(CustomAnalyzer.class.getClassLoader());
    return new ResourceLoader() {
      @Override
      public InputStream openResource(String resource) throws IOException {
        if (!SearchSynonyms.SHIPPED.equals(resource)) {
          throw new IOException("No resource " + resource);
        }
        return SearchSynonyms.open();
      }

      @Override
      public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
        return lucene.findClass(cname, expectedType);
      }
    };
  }
}
