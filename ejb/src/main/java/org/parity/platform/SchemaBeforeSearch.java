package org.parity.platform;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates the schema while Hibernate starts, before anything reads it: on OpenSearch, Hibernate
 * Search's outbox agents poll their tables as soon as Hibernate is up, earlier than the startup
 * beans ({@link DatabaseMigration}) run. Listed in META-INF/services.
 */
public class SchemaBeforeSearch implements Integrator {

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    try {
      DatabaseMigration.migrate(
          (DataSource) new InitialContext().lookup(DatabaseMigration.DATA_SOURCE));
    } catch (NamingException e) {
      throw new IllegalStateException("No datasource " + DatabaseMigration.DATA_SOURCE, e);
    }
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // Nothing to undo.
  }
}
