package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.parity.network.domain.ForumCategory;
import org.parity.network.domain.NetworkException;
import org.parity.network.domain.Team;
import org.parity.network.infrastructure.Networks;

/**
 * A team's private topic: the forum's threads and replies, in a topic of the network's forum that
 * only the team's active members and the network's facilitators read (the forum checks it on every
 * read and write: {@link NetworkAccess#mayReadTopic}); it is made with the team's first thread.
 */
@Stateless
@PermitAll
public class TeamDiscussion {

  /** At most this many of the topic's threads show on the team's page. */
  public static final int SHOWN = 30;

  public record TeamThread(
      long id, String title, String author, int posts, Instant lastPostAt, boolean pinned) {}

  @Inject TeamAccess teamAccess;
  @Inject Networks networks;
  @Inject ForumService forum;

  /** The topic's threads, latest first, for the team and the network's facilitators. */
  public List<TeamThread> threads(String networkSlug, long teamId) {
    Team team = teamAccess.team(networkSlug, teamId);
    teamAccess.requireInsider(team);
    return networks.teamTopic(team).stream()
        .flatMap(topic -> networks.threadsIn(topic, SHOWN).stream())
        .map(
            t ->
                new TeamThread(
                    t.getId(),
                    t.getTitle(),
                    t.getAuthor().getDisplayName(),
                    t.getPostCount(),
                    t.getLastPostAt(),
                    t.isPinned()))
        .toList();
  }

  /** Starts a thread in the team's topic (made now if need be); answers the thread's id. */
  public long start(String networkSlug, long teamId, String title, String body) {
    Team team = teamAccess.team(networkSlug, teamId);
    teamAccess.requireInsider(team);
    if (!team.isOpen()) {
      throw new NetworkException("The team is closed.", "team.refusal.closed");
    }
    ForumCategory topic = networks.teamTopic(team).orElseGet(() -> newTopic(team));
    return forum.startThread(
        networkSlug,
        new ForumService.NewThread(topic.getId(), title, body, List.of(), null, null, null));
  }

  private ForumCategory newTopic(Team team) {
    String name = "Team: " + team.getName();
    name = name.length() > 100 ? name.substring(0, 100).strip() : name;
    if (networks.categoryNamed(team.getNetwork(), name)) {
      name = name + " (" + team.getId() + ")";
    }
    ForumCategory topic = ForumCategory.ofTeam(team, name);
    networks.add(topic);
    networks.flush();
    return topic;
  }
}
