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
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;

/** Brings the schema up to date with Flyway before anything else starts. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  /** The last migration written before sequences became NOCACHE. */
  private static final int LAST_CACHED_SEQUENCES = 41;

  /**
   * Whether this deployment's schema is up to date: Hibernate's start migrates it first, so the
   * startup bean's call finds it done without asking Flyway to validate every script again.
   */
  private static boolean migrated;

  static final String DATA_SOURCE = "java:jboss/datasources/ParityDS";

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  private volatile boolean complete;

  @PostConstruct
  void migrate() {
    complete = migrate(dataSource);
  }

  /**
   * Runs the migrations this schema lacks; true when it is up to date. Called first while Hibernate
   * starts ({@link SchemaBeforeSearch}), then by this bean, which finds it done.
   */
  static synchronized boolean migrate(DataSource dataSource) {
    if (migrated) {
      return true;
    }
    Flyway flyway = configure(dataSource).load();
    MigrateResult result = migrateOrRealign(flyway, dataSource);
    if (result.migrationsExecuted > 0) {
      LOG.info(
          () ->
              "Database schema at version "
                  + flyway.info().current().getVersion()
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
    }
    migrated = result.success;
    return result.success;
  }

  private static MigrateResult migrateOrRealign(Flyway flyway, DataSource dataSource) {
    try {
      return flyway.migrate();
    } catch (FlywayValidateException refused) {
      if (!realignNocacheChecksums(dataSource)) {
        throw refused;
      }
      return flyway.migrate();
    }
  }

  private static FluentConfiguration configure(DataSource dataSource) {
    return Flyway.configure(DatabaseMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration");
  }

  /**
   * Every sequence of V1-V41 became NOCACHE (Galera refuses a cached sequence), which changed those
   * scripts' checksums: when Flyway refuses a database that ran them before, its recorded checksums
   * are realigned if they are the only difference found (true then). Anything else still stops the
   * start.
   */
  private static boolean realignNocacheChecksums(DataSource dataSource) {
    Flyway check = configure(dataSource).ignoreMigrationPatterns("*:pending").load();
    ValidateResult validation = check.validateWithResult();
    boolean onlyNocacheChecksums =
        !validation.validationSuccessful
            && !validation.invalidMigrations.isEmpty()
            && validation.invalidMigrations.stream()
                .allMatch(
                    invalid ->
                        invalid.errorDetails != null
                            && invalid.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH
                            && invalid.version != null
                            && !invalid.version.isBlank()
                            && Integer.parseInt(invalid.version) <= LAST_CACHED_SEQUENCES);
    if (onlyNocacheChecksums) {
      LOG.info("Realigning the checksums of migrations whose sequences became NOCACHE");
      check.repair();
    }
    return onlyNocacheChecksums;
  }

  /** Whether this start brought the schema up to date (readiness asks). */
  public boolean isComplete() {
    return complete;
  }
}
