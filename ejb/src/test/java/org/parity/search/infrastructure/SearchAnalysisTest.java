package org.parity.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchAnalysisTest {

  @Test
  void theShippedSynonymsExpandTheFieldsAbbreviations() throws IOException {
    Analyzer query = SearchAnalysis.queryAnalyzer();
    assertThat(terms(query, "SMI")).contains("smi", "sever", "mental", "ill");
    assertThat(terms(query, "A&E")).contains("emerg", "depart");
    assertThat(terms(query, "PHQ-9")).contains("patient", "health", "questionnair");
    assertThat(terms(query, "IAPT")).contains("talk", "therapi");
    assertThat(terms(SearchAnalysis.english(), "screening Screened")).containsOnly("screen");
  }

  @Test
  void anOperatorsFileReplacesTheShippedOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("synonyms.txt");
    Files.writeString(file, "zzlocal, social prescribing link worker\n");
    System.setProperty("parity.search.synonyms", file.toString());
    try {
      assertThat(terms(SearchAnalysis.queryAnalyzer(), "zzlocal")).contains("social", "prescrib");
    } finally {
      System.clearProperty("parity.search.synonyms");
    }
  }

  @Test
  void openSearchIsSentTheSameRulesWithoutComments(@TempDir Path dir) throws IOException {
    assertThat(SearchSynonyms.rules())
        .contains("smi, severe mental illness, serious mental illness")
        .noneMatch(rule -> rule.isBlank() || rule.startsWith("#"));
    Path file = dir.resolve("synonyms.txt");
    Files.writeString(file, "# ours\n\nzzlocal, social prescribing link worker\n");
    System.setProperty("parity.search.synonyms", file.toString());
    try {
      assertThat(SearchSynonyms.rules()).containsExactly("zzlocal, social prescribing link worker");
    } finally {
      System.clearProperty("parity.search.synonyms");
    }
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    }
    return terms;
  }
}
