package org.parity.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parity.teams.TeamPeople.BASE;
import static org.parity.teams.TeamPeople.MEMBER;

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
import org.parity.network.application.ForumService;
import org.parity.network.application.ForumViews.ThreadSummary;
import org.parity.network.application.SubscriptionService;
import org.parity.network.application.TeamDiscussion;
import org.parity.network.application.TeamDiscussion.TeamThread;
import org.parity.network.application.Teams;
import org.parity.network.application.ThreadPromotion;
import org.parity.search.application.Search;
import org.parity.search.application.SearchHit;
import org.parity.search.application.SearchRequest;

/**
 * A team's private topic is the team's: only its active members and the network's facilitators read
 * it or write in it; other members of the network neither see it listed, nor read it by its
 * address, nor follow it, nor hear of it when they follow the whole network; search never finds it;
 * nobody quotes it where others read.
 */
@ExtendWith(ArquillianExtension.class)
class TeamTopicIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.servicesAsPeople(TeamTopicIT.class);
  }

  @Inject TeamPeople people;
  @Inject Teams teams;
  @Inject TeamDiscussion discussion;
  @Inject ForumService forum;
  @Inject SubscriptionService subscriptions;
  @Inject ThreadPromotion promotion;
  @Inject Search search;

  @Test
  void aTeamsTopicIsReadOnlyByTheTeamAndTheNetworksFacilitators() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    TeamPeople.Made made = people.make(run);
    String network = made.network();
    long team = TeamSteps.start(teams, made, "Private team");
    TeamSteps.join(teams, people, made, team, made.member());
    String bystander = "bystander-" + run + "@example.org";
    people.joinNetwork(bystander, network);
    for (String follower : List.of(bystander, made.facilitator())) {
      As.run(follower, MEMBER, () -> subscriptions.followNetwork(network));
    }
    String word = "zanthoxylum" + run.replaceAll("[0-9]", "");

    long thread =
        As.call(
            made.member(),
            MEMBER,
            () -> discussion.start(network, team, "Our audit " + word, "Numbers so far " + word));
    As.call(made.lead(), MEMBER, () -> forum.reply(network, thread, "Thank you " + word));
    long open =
        As.call(
            made.member(),
            MEMBER,
            () ->
                forum.startThread(
                    network,
                    new ForumService.NewThread(
                        people.topic(network),
                        "Open question " + word,
                        "For everyone " + word,
                        List.of(),
                        null,
                        null,
                        null)));

    // The team and the network's facilitator read it and write in it.
    assertThat(As.call(made.lead(), MEMBER, () -> discussion.threads(network, team)))
        .extracting(TeamThread::title)
        .containsExactly("Our audit " + word);
    assertThat(As.call(made.facilitator(), MEMBER, () -> forum.thread(network, thread, 1)).posts())
        .hasSize(2);
    As.call(made.facilitator(), MEMBER, () -> forum.reply(network, thread, "Well done " + word));

    // Another member of the network reads nothing of it, writes nothing in it, follows nothing.
    assertThatThrownBy(() -> As.call(bystander, MEMBER, () -> forum.thread(network, thread, 1)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> As.call(bystander, MEMBER, () -> forum.reply(network, thread, "Hi")))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> As.call(bystander, MEMBER, () -> discussion.threads(network, team)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () -> As.run(bystander, MEMBER, () -> subscriptions.follow("THREAD", thread)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> forum.thread(network, thread, 1))
        .as("nor does a visitor")
        .isInstanceOf(EJBAccessException.class);

    // The network's list shows the open thread only, to everyone, the team included.
    for (String reader : List.of(made.lead(), bystander)) {
      assertThat(As.call(reader, MEMBER, () -> forum.threads(network, 1)).threads())
          .extracting(ThreadSummary::title)
          .contains("Open question " + word)
          .doesNotContain("Our audit " + word);
      assertThat(As.call(reader, MEMBER, () -> forum.threads(network, 1)).categories()).hasSize(1);
    }

    // Following the whole network, the bystander heard of the open thread only; the facilitator of
    // both.
    assertThat(people.forumNotificationsOf(bystander)).isEqualTo(1);
    assertThat(people.forumNotificationsOf(made.facilitator())).isEqualTo(3);

    // Search finds the open thread, never the team's.
    List<SearchHit> hits = List.of();
    for (int tries = 0; tries < 120; tries++) {
      hits =
          As.call(made.lead(), MEMBER, () -> search.search(SearchRequest.of(word, "thread", 20)))
              .hits();
      if (!hits.isEmpty()) {
        break;
      }
      Thread.sleep(250);
    }
    assertThat(hits)
        .extracting(SearchHit::address)
        .containsExactly("/networks/" + network + "/threads/" + open);

    // Nobody quotes it where others read.
    assertThatThrownBy(
            () -> As.call(made.facilitator(), MEMBER, () -> promotion.posts(network, thread)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () ->
                As.call(
                    made.facilitator(),
                    MEMBER,
                    () -> promotion.toFaq(network, thread, "Q?", List.of(1), BASE)))
        .isInstanceOf(EJBAccessException.class);
  }
}
