package org.parity.network.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.LibraryResource;
import org.parity.network.domain.LibraryResource.Details;
import org.parity.network.domain.LibraryResource.Kind;
import org.parity.network.infrastructure.Library;
import org.parity.network.infrastructure.Networks;
import org.parity.platform.taxonomy.Taxonomy;

/**
 * The starter network's library: the King's Fund report Parity's taxonomy comes from and a few
 * other public sources, each a link with a one-line summary of our own. Added once, when the
 * network's library has never held anything, by an example member who cannot sign in.
 */
@Singleton
@Startup
@DependsOn({"StarterNetworks", "StarterDiscussions"})
public class StarterLibrary {

  private static final Logger LOG = Logger.getLogger(StarterLibrary.class.getName());

  static final List<Details> SOURCES =
      List.of(
          new Details(
              "Bringing together physical and mental health: a new frontier for integrated care",
              "Chris Naylor, Preety Das, Shilpa Ross, Matthew Honeyman, James Thompson, Helen"
                  + " Gilburt",
              "The King's Fund",
              2016,
              "The report this platform's challenges and ten priority areas come from: where"
                  + " separating mental and physical care fails people, and what integrated"
                  + " services look like.",
              Kind.REPORT,
              List.of("PUBLIC_HEALTH", "LTC_MENTAL_HEALTH", "SMI_PRIMARY_CARE", "MUS_PRIMARY_CARE"),
              "https://www.kingsfund.org.uk/"),
          new Details(
              "Depression in adults with a chronic physical health problem: recognition and"
                  + " management (CG91)",
              null,
              "National Institute for Health and Care Excellence",
              2009,
              "National guidance on noticing and treating depression in people who also live with"
                  + " a long-term physical condition.",
              Kind.GUIDANCE,
              List.of("LTC_MENTAL_HEALTH"),
              "https://www.nice.org.uk/guidance/cg91"),
          new Details(
              "Psychosis and schizophrenia in adults: prevention and management (CG178)",
              null,
              "National Institute for Health and Care Excellence",
              2014,
              "National guidance that includes monitoring and improving the physical health of"
                  + " people with psychosis, in primary and secondary care.",
              Kind.GUIDANCE,
              List.of("SMI_HEALTH_PROMOTION", "SMI_PRIMARY_CARE"),
              "https://www.nice.org.uk/guidance/cg178"),
          new Details(
              "Antenatal and postnatal mental health: clinical management and service guidance"
                  + " (CG192)",
              null,
              "National Institute for Health and Care Excellence",
              2014,
              "National guidance on recognising and caring for mental health problems in"
                  + " pregnancy and the year after birth.",
              Kind.GUIDANCE,
              List.of("PERINATAL"),
              "https://www.nice.org.uk/guidance/cg192"),
          new Details(
              "The Five Year Forward View for Mental Health",
              "The Mental Health Taskforce",
              "NHS England",
              2016,
              "A national strategy for mental health services in England that calls for"
                  + " physical and mental health care to be brought together.",
              Kind.REPORT,
              List.of("SMI_PRIMARY_CARE", "ACUTE_HOSPITALS", "PERINATAL"),
              "https://www.england.nhs.uk/wp-content/uploads/2016/02/Mental-Health-Taskforce-FYFV-final.pdf"),
          new Details(
              "Improving the physical health of people with mental health problems: actions for"
                  + " mental health nurses",
              null,
              "Public Health England and Department of Health",
              2016,
              "Practical actions mental health nurses can take to improve the physical health of"
                  + " the people they care for, in hospital and in the community.",
              Kind.GUIDANCE,
              List.of("INPATIENT_PHYSICAL_HEALTH", "SMI_HEALTH_PROMOTION"),
              "https://www.gov.uk/government/publications/improving-the-physical-health-of-people-with-mental-health-problems-actions-for-mental-health-nurses"));

  @Inject Networks networks;
  @Inject Library library;
  @Inject ExampleMembers examples;
  @Inject Taxonomy taxonomy;
  @Inject Clock clock;

  @PostConstruct
  void createMissing() {
    LearningNetwork network = networks.bySlug(StarterNetworks.INTEGRATING).orElse(null);
    if (network == null || library.countAll(network) > 0) {
      return;
    }
    Instant since = clock.instant().minus(Duration.ofDays(5));
    String by = examples.member(ExampleMembers.AMIRA, network, since).getEmail();
    int thisYear = LocalDate.ofInstant(since, ActionPlans.UK).getYear();
    for (int i = 0; i < SOURCES.size(); i++) {
      // The taxonomy's report first: added last, it is the newest.
      Instant at = since.plus(Duration.ofMinutes(SOURCES.size() - i));
      library.add(
          LibraryResource.added(
              network,
              SOURCES.get(i),
              false,
              thisYear,
              code -> taxonomy.contains(NetworkLibrary.PRIORITY_AREA, code),
              by,
              at));
    }
    LOG.info("Starter library: " + SOURCES.size() + " entries added");
  }
}
