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
import org.parity.identity.domain.Account;
import org.parity.network.application.ExampleMembers.Person;
import org.parity.network.domain.ForumCategory;
import org.parity.network.domain.ForumThread;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.infrastructure.Networks;
import org.parity.platform.text.Markdown;

/**
 * Example discussions in the starter network, written for Parity, so that a newcomer sees how
 * members talk. They are signed by example members whose accounts cannot sign in (disabled, no
 * usable password, addresses on the reserved .invalid domain). Added once, when the network has no
 * threads yet.
 */
@Singleton
@Startup
@DependsOn("StarterNetworks")
public class StarterDiscussions {

  private static final Logger LOG = Logger.getLogger(StarterDiscussions.class.getName());

  @Inject Networks networks;
  @Inject ExampleMembers examples;
  @Inject Markdown markdown;
  @Inject Clock clock;

  private record Post(int by, String text) {}

  private record Discussion(int category, String title, List<String> tags, List<Post> posts) {}

  private static final List<Person> MEMBERS =
      List.of(ExampleMembers.AMIRA, ExampleMembers.TOMOS, ExampleMembers.GRACE);

  private static final List<Discussion> DISCUSSIONS =
      List.of(
          new Discussion(
              0,
              "Asking about mood at the diabetes annual review without running over time",
              List.of("LTC_MENTAL_HEALTH"),
              List.of(
                  new Post(
                      0,
                      "Our reviews are 20 minutes and the checklist is long. We tried adding the"
                          + " **two PHQ-2 questions** after the foot check, when people are already"
                          + " talking about how things are going. Has anyone found a better moment?"),
                  new Post(
                      2,
                      "We ask at the start instead: *\"How has your mood been alongside the"
                          + " diabetes?\"* It frames low mood as part of the condition, not a"
                          + " separate problem, and people answer more openly.\n\nWhen the answer is"
                          + " yes we book a second appointment rather than squeezing it in."),
                  new Post(
                      1,
                      "Agree with booking a second slot. One thing that helped us: agree in"
                          + " advance who takes the referral, so a positive screen never stops at the"
                          + " practice door."))),
          new Discussion(
              2,
              "Physical health checks for people with SMI: getting people through the door",
              List.of("SMI_PRIMARY_CARE"),
              List.of(
                  new Post(
                      1,
                      "Uptake of annual checks in our caseload was under half. What made the"
                          + " difference for us was offering the check **at the depot clinic**, the"
                          + " same morning, with the same nurse."),
                  new Post(
                      0,
                      "We saw something similar in the practice. Text reminders alone did little;"
                          + " a phone call from someone the person already knows did a lot more.\n\n"
                          + "- Blood tests on the day\n- Smoking support offered, not pushed\n"
                          + "- Results explained at the next contact"))),
          new Discussion(
              1,
              "Words that help when tests are normal but the symptoms are real",
              List.of("MUS_PRIMARY_CARE"),
              List.of(
                  new Post(
                      2,
                      "\"Your tests are normal\" can sound like \"nothing is wrong\". We have been"
                          + " practising saying what the symptoms *are* (how stress, sleep and pain"
                          + " signals interact) before saying what they are not."),
                  new Post(
                      0,
                      "This matches what patients tell us. Explaining first and agreeing a plan"
                          + " to review together has cut repeat requests for investigations in our"
                          + " practice."))));

  @PostConstruct
  void createMissing() {
    LearningNetwork network = networks.bySlug(StarterNetworks.INTEGRATING).orElse(null);
    if (network == null || networks.threadCount(network) > 0) {
      return;
    }
    List<ForumCategory> categories = networks.categories(network);
    Instant start = clock.instant().minus(Duration.ofDays(6));
    List<Account> members = MEMBERS.stream().map(m -> examples.member(m, network, start)).toList();
    int minutes = 0;
    for (Discussion discussion : DISCUSSIONS) {
      Account author = members.get(discussion.posts().get(0).by());
      Instant at = start.plus(Duration.ofMinutes(minutes));
      ForumThread thread =
          new ForumThread(categories.get(discussion.category()), discussion.title(), author, at);
      thread.describe(discussion.tags(), null, null);
      networks.add(thread);
      for (Post post : discussion.posts()) {
        minutes += 190;
        networks.add(
            thread.post(
                members.get(post.by()),
                post.text(),
                markdown.toSafeHtml(post.text()),
                start.plus(Duration.ofMinutes(minutes)),
                true));
      }
    }
    LOG.info("Starter discussions: " + DISCUSSIONS.size() + " example threads added");
  }
}
