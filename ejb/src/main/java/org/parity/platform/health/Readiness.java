package org.parity.platform.health;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.parity.casestudy.domain.CaseStudy;
import org.parity.platform.DatabaseMigration;

/**
 * Whether this node can serve: its database answers, its schema is migrated (no failed migration
 * recorded), and its search backend answers a query. A load balancer sends traffic only to a ready
 * node. Nothing here writes; the search check reads through a session, so it runs in a (read-only)
 * transaction.
 */
@Stateless
@PermitAll
public class Readiness {

  @Resource(lookup = "java:jboss/datasources/ParityDS")
  DataSource dataSource;

  @PersistenceContext EntityManager em;
  @Inject DatabaseMigration migration;

  public HealthReport check() {
    return HealthReport.of(List.of(database(), migrations(), search()));
  }

  private HealthCheck database() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2)
          ? HealthCheck.up("database")
          : HealthCheck.down("database", "The connection did not answer within 2 s");
    } catch (SQLException e) {
      return HealthCheck.down("database", e.getMessage());
    }
  }

  private HealthCheck migrations() {
    if (!migration.isComplete()) {
      return HealthCheck.down("migrations", "The schema was not brought up to date at start");
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      // Flyway quotes its table's name, so H2 keeps it in lower case: quote it the same way.
      String q = connection.getMetaData().getIdentifierQuoteString().trim();
      long count;
      try (ResultSet failed =
          statement.executeQuery(
              "SELECT COUNT(*) FROM "
                  + q
                  + "flyway_schema_history"
                  + q
                  + " WHERE "
                  + q
                  + "success"
                  + q
                  + " = FALSE")) {
        failed.next();
        count = failed.getLong(1);
      }
      return count == 0
          ? HealthCheck.up("migrations")
          : HealthCheck.down("migrations", count + " failed migration(s) recorded");
    } catch (SQLException e) {
      return HealthCheck.down("migrations", e.getMessage());
    }
  }

  private HealthCheck search() {
    try {
      Search.session(em).search(CaseStudy.class).where(f -> f.matchAll()).fetchTotalHitCount();
      return HealthCheck.up("search");
    } catch (RuntimeException e) {
      return HealthCheck.down("search", e.getMessage());
    }
  }
}
