package org.parity.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parity.teams.TeamPeople.BASE;
import static org.parity.teams.TeamPeople.MEMBER;
import static org.parity.teams.TeamPeople.MUS;

import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.it.As;
import org.parity.it.Deployments;
import org.parity.network.application.InactivityNudges;
import org.parity.network.application.Teams;

/**
 * The morning's nudges and the facilitators' Monday list, run as their timers run them: a member
 * quiet on their team's learning for the network's days is nudged once, by mail and the bell; one
 * who turned nudges off is not; the facilitators hear of both.
 */
@ExtendWith(ArquillianExtension.class)
class InactivityNudgesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.servicesAsPeople(InactivityNudgesIT.class);
  }

  @Inject TeamPeople people;
  @Inject Teams teams;
  @Inject InactivityNudges nudges;

  @Test
  void aQuietMemberIsNudgedOnceAndTheFacilitatorsHearOfIt() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    TeamPeople.Made made = people.make(run);
    String network = made.network();
    long team = TeamSteps.start(teams, made, "Quiet team");
    TeamSteps.join(teams, people, made, team, made.member());
    As.run(made.lead(), MEMBER, () -> teams.enrol(network, team, MUS, BASE));

    // Thirteen quiet days are not yet fourteen; twenty are.
    people.quietFor(made.member(), 13);
    nudges.nudgeQuietMembers();
    assertThat(people.subjectsOfMailTo(made.member())).noneMatch(s -> s.contains("pick it up"));
    people.quietFor(made.member(), 20);
    people.quietFor(made.lead(), 20);
    As.run(made.lead(), MEMBER, () -> teams.wantNudges(network, team, false));
    nudges.nudgeQuietMembers();
    nudges.nudgeQuietMembers();
    assertThat(people.subjectsOfMailTo(made.member()))
        .as("one nudge for the quiet spell")
        .filteredOn(s -> s.contains("pick it up again"))
        .hasSize(1);
    assertThat(people.noticesOf(made.member()))
        .containsExactly("TEAM_ENROLMENT", "INACTIVITY_NUDGE");
    assertThat(people.subjectsOfMailTo(made.lead()))
        .as("the lead turned nudges off")
        .noneMatch(s -> s.contains("pick it up"));

    // On Monday the facilitator hears who has gone quiet, whatever they chose.
    nudges.tellFacilitators();
    assertThat(people.bodiesOfMailTo(made.facilitator()))
        .anySatisfy(
            body ->
                assertThat(body)
                    .contains("Quiet team:")
                    .contains("Person " + made.member())
                    .contains("Person " + made.lead()));
    assertThat(people.bodiesOfMailTo(made.otherFacilitator()))
        .noneMatch(body -> body.contains("Quiet team"));
  }
}
