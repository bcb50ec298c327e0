package org.parity.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with Flyway before anything else starts. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  static final String DATA_SOURCE = "java:jboss/datasources/ParityDS";

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  private volatile boolean complete;

  @PostConstruct
  void migrate() {
    complete = migrate(dataSource);
  }

  /**
   * Runs the migrations this schema lacks; true when it is up to date. Also called while Hibernate
   * starts ({@link SchemaBeforeSearch}); the second call finds nothing to do.
   */
  static boolean migrate(DataSource dataSource) {
    Flyway flyway =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load();
    MigrateResult result = flyway.migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info(
          () ->
              "Database schema at version "
                  + flyway.info().current().getVersion()
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
    }
    return result.success;
  }

  /** Whether this start brought the schema up to date (readiness asks). */
  public boolean isComplete() {
    return complete;
  }
}
