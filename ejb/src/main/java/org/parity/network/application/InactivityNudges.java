package org.parity.network.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.Accounts;
import org.parity.learning.application.GroupLearning;
import org.parity.learning.domain.Enrolment;
import org.parity.network.domain.Inactivity;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkMembership;
import org.parity.network.domain.Notice;
import org.parity.network.domain.Team;
import org.parity.network.domain.TeamEnrolment;
import org.parity.network.domain.TeamMember;
import org.parity.network.infrastructure.Networks;
import org.parity.network.infrastructure.Notifications;
import org.parity.network.infrastructure.TeamStore;
import org.parity.platform.Configuration;
import org.parity.platform.health.ScheduledWork;
import org.parity.platform.mail.MailOutbox;

/**
 * Nudges for members who have gone quiet on their team's learning: each morning, a member of an
 * open team whose enrolment on the team's learning is open and has seen no activity for the
 * network's number of days (14 unless its facilitators choose) gets one friendly mail and a bell
 * notice, unless they turned nudges off; once for each quiet spell. Each Monday the network's
 * facilitators get who has gone quiet, by team.
 */
@Stateless
@ScheduledWork
public class InactivityNudges {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

  /** A quiet member: their team, the learning they are quiet on, and since when. */
  public record Quiet(Team team, Account member, TeamEnrolment course, Enrolment enrolment) {}

  @Inject Networks networks;
  @Inject TeamStore teams;
  @Inject Accounts accounts;
  @Inject GroupLearning learning;
  @Inject Notifications notices;
  @Inject MailOutbox outbox;
  @Inject Configuration configuration;
  @Inject Clock clock;

  @Schedule(hour = "9", minute = "7", persistent = false)
  public void nudgeQuietMembers() {
    Instant now = clock.instant();
    for (LearningNetwork network : networks.all()) {
      for (Quiet quiet : quiet(network, now)) {
        Optional<NetworkMembership> membership = networks.membership(network, quiet.member());
        if (membership.isPresent()
            && membership.get().nudgeIfDue(quiet.enrolment().getLastActivityAt(), now)) {
          nudge(quiet, now);
        }
      }
    }
  }

  @Schedule(dayOfWeek = "Mon", hour = "8", minute = "23", persistent = false)
  public void tellFacilitators() {
    Instant now = clock.instant();
    for (LearningNetwork network : networks.all()) {
      List<Quiet> quiet = quiet(network, now);
      if (quiet.isEmpty()) {
        continue;
      }
      String body = digest(network, quiet);
      for (NetworkMembership facilitator :
          networks.withStatus(network, NetworkMembership.Status.ACTIVE)) {
        if (facilitator.getRole() == NetworkMembership.Role.FACILITATOR) {
          outbox.enqueue(
              facilitator.getAccount().getEmail(),
              "Who has gone quiet in " + network.getName(),
              "Hello " + facilitator.getAccount().getDisplayName() + ",\n\n" + body,
              null);
        }
      }
    }
  }

  /** The network's quiet members, team by team, each once (on their quietest learning). */
  private List<Quiet> quiet(LearningNetwork network, Instant now) {
    Map<String, Quiet> quiet = new LinkedHashMap<>();
    for (Team team : teams.ofNetwork(network)) {
      if (!team.isOpen()) {
        continue;
      }
      for (TeamMember member : team.active()) {
        Optional<Account> person = accounts.byEmail(member.getEmail());
        for (TeamEnrolment course : team.getEnrolments()) {
          person
              .flatMap(
                  p ->
                      learning
                          .enrolment(p, course.getCurriculumVersion(), course.getModuleVersion())
                          .map(e -> new Quiet(team, p, course, e)))
              .filter(q -> !q.enrolment().isCompleted())
              .filter(
                  q ->
                      Inactivity.quiet(
                          q.enrolment().getLastActivityAt(), network.getNudgeDays(), now))
              .ifPresent(q -> quiet.putIfAbsent(q.member().getEmail(), q));
        }
      }
    }
    return new ArrayList<>(quiet.values());
  }

  private void nudge(Quiet quiet, Instant now) {
    String path = "/learn/" + quiet.enrolment().getId();
    notices.add(
        new Notice(
            quiet.member(),
            Notice.Kind.INACTIVITY_NUDGE,
            quiet.member().getEmail(),
            quiet.course().title(),
            quiet.team().getName(),
            path,
            now));
    String base = configuration.linkBase(null);
    String teamPage =
        base
            + "/networks/"
            + quiet.team().getNetwork().getSlug()
            + "/teams/"
            + quiet.team().getId();
    outbox.enqueue(
        quiet.member().getEmail(),
        "Your team is learning \"" + quiet.course().title() + "\": pick it up again?",
        "Hello "
            + quiet.member().getDisplayName()
            + ",\n\nYour team \""
            + quiet.team().getName()
            + "\" is learning \""
            + quiet.course().title()
            + "\" together, and you last worked on it on "
            + DAY.format(quiet.enrolment().getLastActivityAt())
            + ". A few minutes between shifts keeps you with the others:\n\n"
            + base
            + path
            + "\n\nNo more of these reminders? Turn them off on your team's page:\n"
            + teamPage
            + "\n\nParity",
        base + path);
  }

  private static String digest(LearningNetwork network, List<Quiet> quiet) {
    StringBuilder body =
        new StringBuilder("These members of ")
            .append(network.getName())
            .append(" have done nothing on their team's learning for ")
            .append(network.getNudgeDays())
            .append(" days or more:\n");
    Team shown = null;
    for (Quiet q : quiet) {
      if (shown == null || !shown.getId().equals(q.team().getId())) {
        shown = q.team();
        body.append("\n").append(shown.getName()).append(":\n");
      }
      body.append("- ")
          .append(q.member().getDisplayName())
          .append(", on \"")
          .append(q.course().title())
          .append("\", last active ")
          .append(DAY.format(q.enrolment().getLastActivityAt()))
          .append("\n");
    }
    return body.append("\nA word from you may help more than any reminder.\n\nParity").toString();
  }
}
