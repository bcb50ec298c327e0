package org.parity.network.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.infrastructure.Networks;

/**
 * Creates the networks that ship with Parity on first start, so a newcomer finds a living network:
 * the "Integrating Physical and Mental Health Care" learning network. Idempotent by slug.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class StarterNetworks {

  static final String INTEGRATING = "integrating-physical-and-mental-health-care";

  @Inject Networks networks;
  @Inject Clock clock;

  @PostConstruct
  void createMissing() {
    if (networks.bySlug(INTEGRATING).isEmpty()) {
      networks.add(
          new LearningNetwork(
              INTEGRATING,
              "Integrating Physical and Mental Health Care",
              "Clinicians, managers and people with lived experience from trusts, practices and"
                  + " councils across England and Wales, working out together how to care for the"
                  + " whole person: mental health in long-term conditions, medically unexplained"
                  + " symptoms, the physical health of people with severe mental illness, and the"
                  + " psychological side of physical illness. Bring a local problem; leave with"
                  + " what worked elsewhere.",
              LearningNetwork.Access.OPEN,
              List.of("LTC_MENTAL_HEALTH", "MUS", "SMI_PHYSICAL_HEALTH", "PSYCH_SUPPORT"),
              List.of(
                  "LTC_MENTAL_HEALTH", "MUS_PRIMARY_CARE", "SMI_PRIMARY_CARE", "ACUTE_HOSPITALS"),
              List.of("PRIMARY_CARE", "ACUTE_HOSPITAL", "COMMUNITY"),
              clock.instant()));
    }
  }
}
