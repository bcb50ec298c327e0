package org.parity.search.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.parity.platform.Configuration;

/**
 * The clinical abbreviations and their long forms (Solr format), from an operator's file when
 * PARITY_SEARCH_SYNONYMS names a readable one, else the file Parity ships. Both backends read the
 * same rules: Lucene as a stream, OpenSearch as lines sent with the index settings.
 */
final class SearchSynonyms {

  static final String SHIPPED = "search/synonyms.txt";

  private static final Logger LOG = Logger.getLogger(SearchSynonyms.class.getName());

  private SearchSynonyms() {}

  static InputStream open() throws IOException {
    Path file = operatorsFile();
    if (file != null) {
      return Files.newInputStream(file);
    }
    InputStream in = SearchSynonyms.class.getClassLoader().getResourceAsStream(SHIPPED);
    if (in == null) {
      throw new IOException("No resource " + SHIPPED);
    }
    return in;
  }

  /** The rules, without comments and blank lines. */
  static List<String> rules() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the search synonyms", e);
    }
  }

  private static Path operatorsFile() {
    Path file = new Configuration().value("PARITY_SEARCH_SYNONYMS").map(Path::of).orElse(null);
    if (file == null) {
      return null;
    }
    if (!Files.isReadable(file)) {
      LOG.warning(
          "PARITY_SEARCH_SYNONYMS names " + file + ", which cannot be read: using " + SHIPPED);
      return null;
    }
    LOG.info("Search synonyms from " + file);
    return file;
  }
}
