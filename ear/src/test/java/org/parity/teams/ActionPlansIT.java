package org.parity.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parity.teams.TeamPeople.BASE;
import static org.parity.teams.TeamPeople.MEMBER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.casestudy.application.CaseStudyAuthoring;
import org.parity.casestudy.application.CaseStudyViews.Draft;
import org.parity.it.As;
import org.parity.it.Deployments;
import org.parity.network.application.ActionPlans;
import org.parity.network.application.NetworkLibrary;
import org.parity.network.application.OverdueActions;
import org.parity.network.application.Teams;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;

/**
 * A team's plan refuses in the service whatever a page shows: only the team and the network's
 * facilitators read it, only its members write it (owners from the team), only a lead finishes it
 * and turns it into a case-study draft, whose co-authors alone read it before review and answer for
 * themselves. On Monday the leads hear of overdue actions, once a week while they are overdue.
 */
@ExtendWith(ArquillianExtension.class)
class ActionPlansIT {

  private static final java.util.Set<String> FACILITATOR =
      java.util.Set.of("LEARNER", "MEMBER", "FACILITATOR");

  @Deployment
  static WebArchive deployment() {
    return Deployments.servicesAsPeople(ActionPlansIT.class);
  }

  @Inject TeamPeople people;
  @Inject Teams teams;
  @Inject ActionPlans plans;
  @Inject OverdueActions overdue;
  @Inject CaseStudyAuthoring studies;
  @Inject NetworkLibrary library;

  @Test
  void aPlanIsTheTeamsOwnAndOnlyALeadFinishesItAndSharesIt() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    TeamPeople.Made made = people.make(run);
    String network = made.network();
    long team = TeamSteps.start(teams, made, "Planning team");
    TeamSteps.join(teams, people, made, team, made.member());
    LocalDate today = plans.today();

    // Outside the team nobody reads it; its facilitator reads but does not write it.
    for (String stranger : new String[] {made.outsider(), made.otherFacilitator()}) {
      assertThatThrownBy(() -> As.call(stranger, MEMBER, () -> plans.read(network, team)))
          .as(stranger)
          .isInstanceOf(EJBAccessException.class);
    }
    assertThat(As.call(made.facilitator(), MEMBER, () -> plans.read(network, team)).mayWrite())
        .isFalse();
    assertThatThrownBy(
            () ->
                As.run(
                    made.facilitator(),
                    MEMBER,
                    () -> plans.write(network, team, "Problem", "Aim", "Measures")))
        .isInstanceOf(EJBAccessException.class);

    // A member writes it; an owner from outside the team is refused beside the field.
    As.run(
        made.member(),
        MEMBER,
        () ->
            plans.write(
                network, team, "Checks missed", "80% checked by March", "Checks each month"));
    assertThatThrownBy(
            () ->
                As.run(
                    made.member(),
                    MEMBER,
                    () -> plans.addAction(network, team, "Audit", made.outsider(), today)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsEntry("actionOwner", "plan.ownerNotMember"));
    As.run(
        made.member(),
        MEMBER,
        () -> plans.addAction(network, team, "Audit the register", made.member(), today));

    // It draws on its own network's library, not another's.
    long ours = As.call(made.facilitator(), FACILITATOR, () -> library.add(network, guide()));
    long theirs =
        As.call(
            made.otherFacilitator(), FACILITATOR, () -> library.add("other-teams-" + run, guide()));
    assertThatThrownBy(
            () -> As.run(made.member(), MEMBER, () -> plans.linkResource(network, team, theirs)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsEntry("resource", "plan.resourceRequired"));
    As.run(made.member(), MEMBER, () -> plans.linkResource(network, team, ours));
    assertThat(As.call(made.facilitator(), MEMBER, () -> plans.read(network, team)).resources())
        .extracting(r -> r.title())
        .containsExactly("A guide");

    // Only a lead finishes it, and only when every action is done; nothing is shared before.
    assertThatThrownBy(() -> As.run(made.member(), MEMBER, () -> plans.finish(network, team)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> As.run(made.lead(), MEMBER, () -> plans.finish(network, team)))
        .isInstanceOfSatisfying(
            OutOfTurn.class, e -> assertThat(e.key()).isEqualTo("plan.refusal.openActions"));
    assertThatThrownBy(
            () -> As.call(made.lead(), MEMBER, () -> plans.toCaseStudy(network, team, BASE)))
        .isInstanceOfSatisfying(
            OutOfTurn.class, e -> assertThat(e.key()).isEqualTo("plan.refusal.notDone"));
    long action =
        As.call(made.member(), MEMBER, () -> plans.read(network, team)).actions().get(0).id();
    As.run(
        made.member(),
        MEMBER,
        () -> plans.addUpdate(network, team, action, "212 people on the register", true));
    As.run(made.lead(), MEMBER, () -> plans.finish(network, team));
    assertThatThrownBy(
            () ->
                As.run(
                    made.member(),
                    MEMBER,
                    () -> plans.addUpdate(network, team, null, "One more thing", false)))
        .isInstanceOfSatisfying(
            OutOfTurn.class, e -> assertThat(e.key()).isEqualTo("plan.refusal.done"));
    assertThatThrownBy(
            () -> As.call(made.member(), MEMBER, () -> plans.toCaseStudy(network, team, BASE)))
        .isInstanceOf(EJBAccessException.class);

    // The lead turns it into a draft she writes; the member is asked to co-author it.
    String slug = As.call(made.lead(), MEMBER, () -> plans.toCaseStudy(network, team, BASE));
    Draft draft = As.call(made.lead(), MEMBER, () -> studies.draftBySlug(slug));
    assertThat(draft.editable()).isTrue();
    assertThat(draft.authorEmail()).isEqualTo(made.lead());
    assertThat(draft.content().problem()).isEqualTo("Checks missed");
    assertThat(draft.content().intervention())
        .contains("Audit the register")
        .contains("212 people on the register");
    assertThat(draft.content().outcomes()).isEqualTo("Checks each month");
    assertThat(draft.coAuthors()).extracting(c -> c.status()).containsExactly("ASKED");
    assertThat(people.subjectsOfMailTo(made.member()))
        .anyMatch(s -> s.startsWith("Be named as a co-author"));
    assertThatThrownBy(
            () -> As.call(made.lead(), MEMBER, () -> plans.toCaseStudy(network, team, BASE)))
        .isInstanceOfSatisfying(
            OutOfTurn.class, e -> assertThat(e.key()).isEqualTo("plan.refusal.alreadyCaseStudy"));

    // The co-author reads the draft and answers for herself; nobody else reads it or answers.
    Draft asked = As.call(made.member(), MEMBER, () -> studies.draftBySlug(slug));
    assertThat(asked.editable()).isFalse();
    assertThat(asked.myCoAuthorship()).isEqualTo("ASKED");
    assertThatThrownBy(() -> As.call(made.outsider(), MEMBER, () -> studies.draftBySlug(slug)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () ->
                As.call(
                    made.outsider(),
                    MEMBER,
                    () -> studies.answerCoAuthorship(draft.studyId(), true)))
        .isInstanceOf(EJBAccessException.class);
    assertThat(
            As.call(made.member(), MEMBER, () -> studies.answerCoAuthorship(draft.studyId(), true))
                .myCoAuthorship())
        .isEqualTo("AGREED");
  }

  @Test
  void leadsHearOfOverdueActionsOnMonday() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    TeamPeople.Made made = people.make(run);
    String network = made.network();
    long team = TeamSteps.start(teams, made, "Late team");
    TeamSteps.join(teams, people, made, team, made.member());
    As.run(made.member(), MEMBER, () -> plans.write(network, team, "Problem", "Aim", "Measures"));
    As.run(
        made.member(),
        MEMBER,
        () -> plans.addAction(network, team, "Send recall letters", made.member(), plans.today()));

    // Due today is not late: nobody hears of it.
    overdue.tellLeads();
    assertThat(people.subjectsOfMailTo(made.lead())).noneMatch(s -> s.startsWith("Overdue"));

    // Three days late: the lead hears, with who owns it; the member, who does not lead, does not.
    people.actionsDueDaysAgo(made.member(), 3);
    assertThat(As.call(made.lead(), MEMBER, () -> plans.read(network, team)).overdueCount())
        .isEqualTo(1);
    overdue.tellLeads();
    assertThat(people.bodiesOfMailTo(made.lead()))
        .filteredOn(b -> b.contains("past their due date"))
        .singleElement()
        .satisfies(
            body ->
                assertThat(body)
                    .contains("Send recall letters")
                    .contains("Person " + made.member())
                    .contains("/networks/" + network + "/teams/" + team + "/plan"));
    assertThat(people.subjectsOfMailTo(made.member())).noneMatch(s -> s.startsWith("Overdue"));

    // Done: the next Monday is quiet.
    long action =
        As.call(made.member(), MEMBER, () -> plans.read(network, team)).actions().get(0).id();
    As.run(made.member(), MEMBER, () -> plans.addUpdate(network, team, action, "Sent", true));
    overdue.tellLeads();
    assertThat(people.bodiesOfMailTo(made.lead()))
        .filteredOn(b -> b.contains("past their due date"))
        .hasSize(1);
  }

  private static NetworkLibrary.ResourceInput guide() {
    return new NetworkLibrary.ResourceInput(
        "A guide",
        null,
        null,
        null,
        "Two questions that open the conversation.",
        "GUIDANCE",
        List.of(),
        "https://example.org/guide",
        null,
        null,
        null);
  }
}
