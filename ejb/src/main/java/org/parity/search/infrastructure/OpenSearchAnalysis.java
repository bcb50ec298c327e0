package org.parity.search.infrastructure;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link SearchAnalysis} for OpenSearch: the same analyzers under the same names, built from
 * OpenSearch's own tokenizers and filters, so that a search reads words alike on either backend.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

  private static final String POSSESSIVE = "parity_english_possessive";
  private static final String SYNONYMS = "parity_clinical_synonyms";
  private static final String PREFIX_GRAMS = "parity_prefix_grams";

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
    context
        .tokenFilter(SYNONYMS)
        .type("synonym_graph")
        .param("synonyms", SearchSynonyms.rules().toArray(String[]::new))
        .param("expand", true);
    context.tokenFilter(PREFIX_GRAMS).type("edge_ngram").param("min_gram", 1).param("max_gram", 20);

    context
        .analyzer(SearchAnalysis.ENGLISH)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding", POSSESSIVE, "porter_stem");
    context
        .analyzer(SearchAnalysis.WORDS)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding");
    // Synonyms before stemming, as in SearchAnalysis: the rules are matched against words as typed.
    context
        .analyzer(SearchAnalysis.ENGLISH_QUERY)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding", SYNONYMS, POSSESSIVE, "porter_stem");
    context
        .analyzer(SearchAnalysis.PREFIXES)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding", PREFIX_GRAMS);
    context
        .analyzer(SearchAnalysis.PREFIXES_QUERY)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding");
  }
}
