package org.parity.benchmark.search;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Puts the generated corpus into Parity's own {@code case_study} table with plain JDBC batches
 * (Hibernate Search indexes it afterwards in one pass, which beats indexing 100,000 single
 * inserts), and builds the FULLTEXT alternative from that same table.
 */
final class CorpusLoader {

  static final String FULLTEXT_TABLE = "bench_case_study_text";

  private static final int BATCH = 1000;
  private static final String AUTHOR = "search-benchmark@parity.invalid";

  private static final String INSERT =
      "INSERT INTO case_study (id, slug, author_email, published, title, summary, setting,"
          + " population, problem, intervention, outcomes, costs, lessons, organisation, region,"
          + " contacts, challenges, priority_areas, professions, settings, module_slugs,"
          + " published_on, created_at, last_updated_at, version) VALUES (?, ?, ?, TRUE, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, '', ?, ?, ?, 0)";

  private final DataSource dataSource;
  private final PrintStream progress;

  CorpusLoader(DataSource dataSource, PrintStream progress) {
    this.dataSource = dataSource;
    this.progress = progress;
  }

  /** How many generated studies the database already holds (a rerun on the same database). */
  int stored() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement count =
            c.prepareStatement("SELECT COUNT(*) FROM case_study WHERE author_email = ?")) {
      count.setString(1, AUTHOR);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** Published studies, starter ones included: what both engines should hold. */
  long published() throws SQLException {
    return count("SELECT COUNT(*) FROM case_study WHERE published AND title IS NOT NULL");
  }

  /** Rows in the FULLTEXT table, or -1 when it does not exist yet. */
  long fulltextRows() throws SQLException {
    try {
      return count("SELECT COUNT(*) FROM " + FULLTEXT_TABLE);
    } catch (SQLException noTable) {
      return -1;
    }
  }

  private long count(String query) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement sql = c.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  Duration insert(CorpusGenerator generator, int studies) throws SQLException {
    long started = System.nanoTime();
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement delete =
          c.prepareStatement("DELETE FROM case_study WHERE author_email = ?")) {
        delete.setString(1, AUTHOR);
        delete.executeUpdate();
      }
      c.commit();
      try (PreparedStatement insert = c.prepareStatement(INSERT)) {
        for (int i = 0; i < studies; i++) {
          bind(insert, generator.study(i), now);
          insert.addBatch();
          if ((i + 1) % BATCH == 0 || i + 1 == studies) {
            insert.executeBatch();
            c.commit();
          }
          if ((i + 1) % 10_000 == 0) {
            progress.printf(
                "Stored %,d of %,d case studies in %.0f s%n",
                i + 1, studies, (System.nanoTime() - started) / 1e9);
          }
        }
      }
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /**
   * The FULLTEXT table, filled inside MariaDB from {@code case_study} with the very text Parity's
   * index gets (title; body = the same fields, in the same order, as {@code SearchMapping}), so
   * both engines search the same corpus, starter studies included. The index is added after the
   * rows, which is MariaDB's fast path for building it.
   */
  Duration buildFulltext() throws SQLException {
    long started = System.nanoTime();
    try (Connection c = dataSource.getConnection();
        Statement sql = c.createStatement()) {
      sql.execute("DROP TABLE IF EXISTS " + FULLTEXT_TABLE);
      sql.execute(
          "CREATE TABLE "
              + FULLTEXT_TABLE
              + " (id BIGINT NOT NULL PRIMARY KEY, slug VARCHAR(120) NOT NULL,"
              + " title VARCHAR(200), body MEDIUMTEXT)"
              + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
      sql.execute(
          "INSERT INTO "
              + FULLTEXT_TABLE
              + " (id, slug, title, body) SELECT id, slug, title, CONCAT_WS('\\n\\n',"
              + " NULLIF(summary, ''), NULLIF(population, ''), NULLIF(problem, ''),"
              + " NULLIF(intervention, ''), NULLIF(outcomes, ''), NULLIF(costs, ''),"
              + " NULLIF(lessons, ''), NULLIF(organisation, ''))"
              + " FROM case_study WHERE published AND title IS NOT NULL");
      sql.execute(
          "ALTER TABLE " + FULLTEXT_TABLE + " ADD FULLTEXT INDEX ft_bench_text (title, body)");
      sql.execute("ANALYZE TABLE " + FULLTEXT_TABLE);
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /**
   * Waits (at most two minutes) until InnoDB has stopped writing the pages the load left dirty (the
   * count holds still for five seconds; it need not reach nought), so that its background flushing
   * does not compete with whichever engine is measured first. Answers how long it took.
   */
  Duration settle() throws SQLException, InterruptedException {
    long started = System.nanoTime();
    long deadline = started + Duration.ofMinutes(2).toNanos();
    long last = -1;
    int still = 0;
    while (System.nanoTime() < deadline && still < 5) {
      long dirty = dirtyPages();
      still = dirty == last || dirty == 0 ? still + 1 : 0;
      last = dirty;
      Thread.sleep(1000);
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private long dirtyPages() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement sql = c.createStatement();
        ResultSet rows =
            sql.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'")) {
      return rows.next() ? rows.getLong(2) : 0;
    }
  }

  /** The database product and version, for the report; FULLTEXT needs MariaDB (or MySQL). */
  String database() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName()
          + " "
          + c.getMetaData().getDatabaseProductVersion();
    }
  }

  private static void bind(PreparedStatement insert, GeneratedStudy s, Timestamp now)
      throws SQLException {
    int i = 1;
    insert.setLong(i++, s.id());
    insert.setString(i++, s.slug());
    insert.setString(i++, AUTHOR);
    insert.setString(i++, s.title());
    insert.setString(i++, s.summary());
    insert.setString(i++, s.setting());
    insert.setString(i++, s.population());
    insert.setString(i++, s.problem());
    insert.setString(i++, s.intervention());
    insert.setString(i++, s.outcomes());
    insert.setString(i++, s.costs());
    insert.setString(i++, s.lessons());
    insert.setString(i++, s.organisation());
    insert.setString(i++, s.region());
    insert.setString(i++, lines(s.challenges()));
    insert.setString(i++, lines(s.priorityAreas()));
    insert.setString(i++, lines(s.professions()));
    insert.setString(i++, lines(s.settings()));
    insert.setDate(i++, Date.valueOf(s.publishedOn()));
    insert.setTimestamp(i++, now);
    insert.setTimestamp(i, now);
  }

  /** As {@code LinesConverter} stores a list: one value a line. */
  private static String lines(List<String> values) {
    return String.join("\n", values);
  }
}
