package org.parity.network.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.parity.platform.Configuration;

/** Sets the daily digests' timer as Parity starts, at PARITY_DIGEST_AT (default 07:00). */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DigestSchedule {

  @EJB DigestService digests;

  @PostConstruct
  void schedule() {
    digests.schedule(
        new Configuration().value("PARITY_DIGEST_AT").orElse(DigestService.DEFAULT_TIME));
  }
}
