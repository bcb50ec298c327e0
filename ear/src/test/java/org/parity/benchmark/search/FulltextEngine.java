package org.parity.benchmark.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The obvious alternative: MariaDB's InnoDB FULLTEXT index over the same titles and bodies, in
 * natural language mode, best score first, with the title and an opening excerpt as a result list
 * would show them.
 */
record FulltextEngine(DataSource dataSource) implements SearchEngine {

  private static final String QUERY =
      "SELECT slug, title, LEFT(body, 220) FROM "
          + CorpusLoader.FULLTEXT_TABLE
          + " WHERE MATCH(title, body) AGAINST (? IN NATURAL LANGUAGE MODE)"
          + " ORDER BY MATCH(title, body) AGAINST (? IN NATURAL LANGUAGE MODE) DESC LIMIT 10";

  @Override
  public String name() {
    return "MariaDB `MATCH … AGAINST` (FULLTEXT, JDBC)";
  }

  @Override
  public List<String> topTen(String query) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(QUERY)) {
      select.setString(1, query);
      select.setString(2, query);
      List<String> slugs = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          slugs.add(rows.getString(1));
        }
      }
      return slugs;
    }
  }
}
