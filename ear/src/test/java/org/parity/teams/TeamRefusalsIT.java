package org.parity.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parity.teams.TeamPeople.BASE;
import static org.parity.teams.TeamPeople.MEMBER;
import static org.parity.teams.TeamPeople.MUS;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.it.As;
import org.parity.it.Deployments;
import org.parity.network.application.Facilitation;
import org.parity.network.application.TeamFiles;
import org.parity.network.application.TeamViews.TeamLearning;
import org.parity.network.application.Teams;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;

/**
 * Teams refuse in the service whatever a page shows: a non-member neither starts nor reads one, a
 * member who does not lead does not invite, another network's facilitator does not close it, and
 * nobody answers an invitation that is not theirs; only a lead enrols the team, and only the team
 * and the network's facilitators see how each member is getting on.
 */
@ExtendWith(ArquillianExtension.class)
class TeamRefusalsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.servicesAsPeople(TeamRefusalsIT.class);
  }

  @Inject TeamPeople people;
  @Inject Teams teams;
  @Inject Facilitation facilitation;
  @Inject TeamFiles files;

  @Test
  void teamsAreForTheirNetworksMembersAndLedByTheirLeads() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    TeamPeople.Made made = people.make(run);
    String network = made.network();

    assertThatThrownBy(
            () ->
                As.call(
                    made.outsider(),
                    MEMBER,
                    () -> teams.create(network, "Team", "Place", "Problem", List.of())))
        .isInstanceOf(EJBAccessException.class);
    long team = TeamSteps.start(teams, made, "Team");

    // A non-member reads nothing of it; a member who does not lead invites nobody.
    assertThatThrownBy(() -> As.call(made.outsider(), MEMBER, () -> teams.read(network, team)))
        .isInstanceOf(EJBAccessException.class);
    assertThat(As.call(made.member(), MEMBER, () -> teams.read(network, team)).mayManage())
        .isFalse();
    assertThatThrownBy(
            () ->
                As.run(
                    made.member(),
                    MEMBER,
                    () -> teams.invite(network, team, "someone@example.org", BASE)))
        .isInstanceOf(EJBAccessException.class);

    // Nobody answers an invitation that is not theirs.
    As.run(made.lead(), MEMBER, () -> teams.invite(network, team, made.invited(), BASE));
    assertThatThrownBy(() -> As.run(made.member(), MEMBER, () -> teams.answer(network, team, true)))
        .isInstanceOf(OutOfTurn.class);

    // Only the network's facilitator moves people or merges teams.
    long other = TeamSteps.start(teams, made, "Other");
    assertThatThrownBy(() -> As.run(made.lead(), MEMBER, () -> teams.merge(network, team, other)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () -> As.run(made.otherFacilitator(), MEMBER, () -> teams.merge(network, other, team)))
        .isInstanceOf(EJBAccessException.class);
    As.run(made.facilitator(), MEMBER, () -> teams.merge(network, other, team));
    assertThat(As.call(made.member(), MEMBER, () -> teams.read(network, other)).open()).isFalse();

    // Another network's facilitator does not close it, nor does its lead; its facilitator does.
    assertThatThrownBy(
            () -> As.run(made.otherFacilitator(), MEMBER, () -> teams.close(network, team)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> As.run(made.lead(), MEMBER, () -> teams.close(network, team)))
        .isInstanceOf(EJBAccessException.class);
    As.run(made.facilitator(), MEMBER, () -> teams.close(network, team));
    assertThat(As.call(made.member(), MEMBER, () -> teams.read(network, team)).open()).isFalse();
  }

  @Test
  void onlyALeadEnrolsTheTeamAndOnlyTheTeamSeesItsProgress() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    TeamPeople.Made made = people.make(run);
    String network = made.network();
    long team = TeamSteps.start(teams, made, "Team");
    As.run(made.lead(), MEMBER, () -> teams.invite(network, team, made.invited(), BASE));
    people.account(made.invited());

    // Neither a member outside the team nor the network's facilitator enrols it: its leads do.
    for (String notALead : List.of(made.member(), made.facilitator())) {
      assertThatThrownBy(
              () -> As.run(notALead, MEMBER, () -> teams.enrol(network, team, MUS, BASE)))
          .as(notALead)
          .isInstanceOf(EJBAccessException.class);
    }
    assertThatThrownBy(
            () -> As.run(made.lead(), MEMBER, () -> teams.enrol(network, team, "module:", BASE)))
        .isInstanceOf(InvalidInput.class);
    As.run(made.lead(), MEMBER, () -> teams.enrol(network, team, MUS, BASE));
    assertThatThrownBy(
            () -> As.run(made.lead(), MEMBER, () -> teams.enrol(network, team, MUS, BASE)))
        .isInstanceOf(OutOfTurn.class);

    // Someone who joins later is enrolled on the same learning.
    As.run(made.invited(), MEMBER, () -> teams.answer(network, team, true));
    TeamLearning learning =
        As.call(made.lead(), MEMBER, () -> teams.read(network, team)).learning().get(0);
    assertThat(learning.rows()).hasSize(2).allSatisfy(r -> assertThat(r.states()).isNotEmpty());

    // A network member outside the team sees what it learns, not how each member is doing.
    TeamLearning seenFromOutside =
        As.call(made.member(), MEMBER, () -> teams.read(network, team)).learning().get(0);
    assertThat(seenFromOutside.title()).isEqualTo(learning.title());
    assertThat(seenFromOutside.rows()).isEmpty();
    assertThat(
            As.call(made.facilitator(), MEMBER, () -> teams.read(network, team))
                .learning()
                .get(0)
                .rows())
        .hasSize(2);

    // The facilitator's view is for the network's own facilitators.
    for (String notItsFacilitator : List.of(made.lead(), made.otherFacilitator())) {
      assertThatThrownBy(
              () ->
                  As.call(
                      notItsFacilitator,
                      MEMBER,
                      () -> facilitation.overview(network, null, null, null)))
          .as(notItsFacilitator)
          .isInstanceOf(EJBAccessException.class);
    }
    assertThat(
            As.call(
                    made.facilitator(),
                    MEMBER,
                    () -> facilitation.overview(network, null, null, null))
                .members())
        .extracting(m -> m.team())
        .contains("Team");
  }

  @Test
  void aTeamsFilesAreForTheTeamAndItsFacilitators() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    TeamPeople.Made made = people.make(run);
    String network = made.network();
    long team = TeamSteps.start(teams, made, "Team");
    TeamSteps.join(teams, people, made, team, made.invited());
    byte[] pdf = "%PDF-1.4 an audit".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    // A network member outside the team neither adds, lists nor opens its files.
    assertThatThrownBy(
            () -> As.call(made.member(), MEMBER, () -> files.attach(network, team, "a.pdf", pdf)))
        .isInstanceOf(EJBAccessException.class);
    long file = As.call(made.invited(), MEMBER, () -> files.attach(network, team, "a.pdf", pdf));
    assertThatThrownBy(() -> As.call(made.member(), MEMBER, () -> files.of(network, team)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> As.call(made.member(), MEMBER, () -> files.download(file)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> As.call(made.otherFacilitator(), MEMBER, () -> files.download(file)))
        .isInstanceOf(EJBAccessException.class);
    assertThat(As.call(made.facilitator(), MEMBER, () -> files.download(file)).mediaType())
        .isEqualTo("application/pdf");

    // Text named like a PDF is refused; the lead may remove what a member added.
    assertThatThrownBy(
            () ->
                As.call(
                    made.invited(),
                    MEMBER,
                    () -> files.attach(network, team, "b.pdf", "plain text".getBytes())))
        .isInstanceOf(InvalidInput.class);
    assertThat(As.call(made.lead(), MEMBER, () -> files.of(network, team)))
        .singleElement()
        .satisfies(f -> assertThat(f.mayRemove()).isTrue());
    As.run(made.lead(), MEMBER, () -> files.remove(network, team, file));
    assertThat(As.call(made.invited(), MEMBER, () -> files.of(network, team))).isEmpty();
  }
}
