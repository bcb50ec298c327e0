package org.parity.network.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.parity.network.domain.ForumCategory;
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
    LearningNetwork network = networks.bySlug(INTEGRATING).orElse(null);
    if (network == null) {
      network =
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
              clock.instant());
      networks.add(network);
    }
    if (networks.categories(network).isEmpty()) {
      List<String[]> categories =
          List.of(
              new String[] {
                "Long-term conditions and mood",
                "Depression and anxiety alongside diabetes, COPD, heart disease and pain."
              },
              new String[] {
                "Medically unexplained symptoms",
                "Persistent physical symptoms: consultations, care plans, shared language."
              },
              new String[] {
                "Physical health in severe mental illness",
                "Health checks, smoking, weight and screening for people with SMI."
              },
              new String[] {
                "Psychological care in physical illness",
                "Building psychological support into acute and community services."
              });
      for (int i = 0; i < categories.size(); i++) {
        networks.add(new ForumCategory(network, categories.get(i)[0], categories.get(i)[1], i));
      }
    }
  }
}
