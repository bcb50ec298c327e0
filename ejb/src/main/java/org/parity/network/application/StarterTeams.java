package org.parity.network.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.learning.application.GroupLearning;
import org.parity.network.application.ExampleMembers.Person;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.Team;
import org.parity.network.domain.TeamEnrolment;
import org.parity.network.infrastructure.Networks;
import org.parity.network.infrastructure.TeamStore;

/**
 * Two example local teams in the starter network, so that a newcomer (and its facilitators' view)
 * sees what a team is: a few people of different professions from one place, a local problem, and a
 * starter module they learn together. Their members are example people who cannot sign in
 * (disabled, addresses on the reserved .invalid domain), as in {@link StarterDiscussions}. Added
 * once, when the network has no team yet.
 */
@Singleton
@Startup
@DependsOn({"StarterDiscussions", "StarterCurricula"})
public class StarterTeams {

  private static final Logger LOG = Logger.getLogger(StarterTeams.class.getName());

  private record Example(
      String name,
      String place,
      String problem,
      String priorityArea,
      String module,
      List<Person> members) {}

  private static final List<Example> TEAMS =
      List.of(
          new Example(
              "Riverside long-term conditions team (example)",
              "Riverside Health Centre",
              "Low mood goes unasked at diabetes and COPD reviews, and people wait months for"
                  + " talking therapy.",
              "LTC_MENTAL_HEALTH",
              "mental-health-in-long-term-conditions",
              List.of(
                  ExampleMembers.AMIRA,
                  new Person(
                      "bethan.example@parity.invalid",
                      "Bethan Morgan (example)",
                      "PRACTICE_NURSE",
                      "Riverside Health Centre"),
                  ExampleMembers.GRACE,
                  new Person(
                      "kofi.example@parity.invalid",
                      "Kofi Mensah (example)",
                      "PHARMACIST",
                      "Riverside Health Centre"))),
          new Example(
              "Valley physical health checks team (example)",
              "Valley Community Mental Health Team",
              "Annual physical health checks for people with severe mental illness are often"
                  + " missed, and results rarely reach the person's GP.",
              "SMI_PRIMARY_CARE",
              "physical-health-checks-for-severe-mental-illness",
              List.of(
                  ExampleMembers.TOMOS,
                  new Person(
                      "siobhan.example@parity.invalid",
                      "Siobhan Kelly (example)",
                      "MANAGER",
                      "Valley Primary Care Network"),
                  new Person(
                      "dev.example@parity.invalid",
                      "Dev Patel (example)",
                      "LIVED_EXPERIENCE",
                      "Valley Service User Forum"))));

  @Inject Networks networks;
  @Inject TeamStore teams;
  @Inject ExampleMembers examples;
  @Inject Curricula curricula;
  @Inject GroupLearning learning;
  @Inject Clock clock;

  @PostConstruct
  void createMissing() {
    LearningNetwork network = networks.bySlug(StarterNetworks.INTEGRATING).orElse(null);
    if (network == null || !teams.ofNetwork(network).isEmpty()) {
      return;
    }
    Instant since = clock.instant().minus(Duration.ofDays(5));
    for (Example example : TEAMS) {
      List<Account> members =
          example.members().stream().map(p -> examples.member(p, network, since)).toList();
      Team team =
          new Team(
              network,
              example.name(),
              example.place(),
              example.problem(),
              List.of(example.priorityArea()),
              members.get(0).getEmail(),
              since);
      for (Account member : members.subList(1, members.size())) {
        team.invite(member.getEmail(), members.get(0).getEmail(), since);
        team.answer(member.getEmail(), true, since);
      }
      teams.add(team);
      curricula
          .latestPublishedModule(example.module())
          .ifPresent(
              module -> {
                TeamEnrolment course = team.enrol(null, module, members.get(0).getEmail(), since);
                members.forEach(m -> learning.enrol(m, null, course.getModuleVersion()));
              });
    }
    LOG.info("Starter teams: " + TEAMS.size() + " example teams added");
  }
}
