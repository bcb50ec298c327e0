package org.parity.benchmark.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A query with its judgement: a hit is relevant when the generator wrote that study about one of
 * {@code topics}. Read from {@code benchmark/judged-queries.tsv} (query, topics, kind).
 *
 * @param kind plain, abbreviation or misspelling: what the query tests
 */
record JudgedQuery(String text, Set<String> topics, String kind) {

  static final String RESOURCE = "benchmark/judged-queries.tsv";

  static List<JudgedQuery> shipped() {
    InputStream in = JudgedQuery.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("No " + RESOURCE + " on the class path");
    }
    List<JudgedQuery> queries = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        queries.add(
            new JudgedQuery(
                columns[0].strip(), Set.of(columns[1].strip().split("\\s*,\\s*")), columns[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(queries);
  }
}
