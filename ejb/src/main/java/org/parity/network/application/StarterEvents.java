package org.parity.network.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.parity.network.domain.EventDetails;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkEvent;
import org.parity.network.domain.SpeakerDetails;
import org.parity.network.infrastructure.NetworkEventStore;
import org.parity.network.infrastructure.Networks;

/**
 * Gives the starter network an event to come on first start, four weeks ahead at 18:30 London time,
 * with a speaker from outside Parity, so a newcomer sees a living network. Idempotent by title; the
 * speakers and their organisations are fictional, as all starter content is.
 */
@Singleton
@Startup
@DependsOn("StarterNetworks")
public class StarterEvents {

  static final String TITLE =
      "Physical health checks for people with severe mental illness: what works in primary care";

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Inject Networks networks;
  @Inject NetworkEventStore events;
  @Inject Clock clock;

  @PostConstruct
  void createMissing() {
    LearningNetwork network = networks.bySlug(StarterNetworks.INTEGRATING).orElse(null);
    if (network == null || !events.withTitle(network, TITLE).isEmpty()) {
      return;
    }
    LocalDate day = LocalDate.now(clock.withZone(LONDON)).plusWeeks(4);
    EventDetails details =
        new EventDetails(
            TITLE,
            "People with severe mental illness die 15 to 20 years earlier than others, mostly of"
                + " physical illnesses that could be found and treated. Annual health checks"
                + " help, when they happen and lead somewhere.\n\n"
                + "A practice that raised its checks from a third to four in five of its patients"
                + " with SMI tells how: shared lists with the community mental health team,"
                + " longer appointments, a named person to follow up each result. Then bring"
                + " your own practice's questions.",
            day.atTime(LocalTime.of(18, 30)),
            day.atTime(LocalTime.of(20, 0)),
            LONDON.getId(),
            "https://meet.example.org/parity/smi-health-checks",
            null,
            100);
    List<SpeakerDetails> speakers =
        List.of(
            new SpeakerDetails(
                "Dr Amara Okafor",
                "GP and clinical lead for severe mental illness, Riverside Primary Care Network"
                    + " (demo)",
                "Amara has led her network's SMI health-check programme since 2021 and teaches"
                    + " on the local GP training scheme.",
                null),
            new SpeakerDetails(
                "Tom Reyes",
                "Expert by experience, Northfield Mental Health NHS Foundation Trust (demo)",
                "Tom lives with schizophrenia and type 2 diabetes, and helps services design"
                    + " health checks that people come back for.",
                null));
    events.add(new NetworkEvent(network, details, speakers, null, clock.instant()));
  }
}
