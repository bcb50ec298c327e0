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
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.learning.application.GroupLearning;
import org.parity.network.application.ExampleMembers.Person;
import org.parity.network.domain.ActionPlan;
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
    if (network == null) {
      return;
    }
    if (teams.ofNetwork(network).isEmpty()) {
      createTeams(network);
    }
    teams.ofNetwork(network).stream()
        .filter(t -> t.getName().equals(TEAMS.get(0).name()) && teams.plan(t).isEmpty())
        .findFirst()
        .ifPresent(this::planInProgress);
  }

  private void createTeams(LearningNetwork network) {
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

  /**
   * The first example team's plan, written five days ago: one action done, one past its due date,
   * one still to come, as a plan in progress looks.
   */
  private void planInProgress(Team team) {
    Instant written = clock.instant().minus(Duration.ofDays(5));
    LocalDate then = LocalDate.ofInstant(written, ActionPlans.UK);
    ActionPlan plan =
        new ActionPlan(
            team,
            team.getProblem(),
            "Ask about mood at every diabetes and COPD review, and bring the wait for talking"
                + " therapy down from 14 weeks to 6, by the end of March.",
            "Share of diabetes and COPD reviews with the two mood questions recorded (practice"
                + " system, monthly); weeks from referral to first talking-therapy appointment"
                + " (NHS Talking Therapies, monthly).",
            ExampleMembers.AMIRA.email(),
            written);
    plan.addAction(
        "Add the two mood questions to the review template",
        "bethan.example@parity.invalid",
        then.plusDays(1),
        then,
        ExampleMembers.AMIRA.email(),
        written);
    plan.addAction(
        "Agree a direct referral route with NHS Talking Therapies",
        ExampleMembers.GRACE.email(),
        then.plusDays(2),
        then,
        ExampleMembers.AMIRA.email(),
        written);
    plan.addAction(
        "Audit a month of reviews for the mood questions",
        ExampleMembers.AMIRA.email(),
        then.plusDays(30),
        then,
        ExampleMembers.AMIRA.email(),
        written);
    teams.add(plan);
    teams.flush();
    Instant updated = written.plus(Duration.ofDays(1));
    plan.update(
        plan.getActions().get(0).getId(),
        "Template changed. In the first week 31 of 40 reviews asked about mood.",
        true,
        LocalDate.ofInstant(updated, ActionPlans.UK),
        "bethan.example@parity.invalid",
        updated);
    LOG.info("Starter teams: an example action plan added");
  }
}
