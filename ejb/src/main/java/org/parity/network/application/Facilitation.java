package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parity.identity.domain.Account;
import org.parity.learning.application.GroupLearning;
import org.parity.learning.application.GroupLearning.LearnerProgress;
import org.parity.network.application.FacilitationViews.Choice;
import org.parity.network.application.FacilitationViews.GroupCount;
import org.parity.network.application.FacilitationViews.MemberRow;
import org.parity.network.application.FacilitationViews.Overview;
import org.parity.network.application.FacilitationViews.Progress;
import org.parity.network.application.FacilitationViews.TeamProgress;
import org.parity.network.application.FacilitationViews.TeamRow;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkMembership;
import org.parity.network.domain.SmallNumbers;
import org.parity.network.domain.Team;
import org.parity.network.domain.TeamEnrolment;
import org.parity.network.infrastructure.NetworkEventStore;
import org.parity.network.infrastructure.Networks;
import org.parity.network.infrastructure.TeamStore;
import org.parity.platform.InvalidInput;

/**
 * The facilitator's view of a network ({@code /networks/{slug}/facilitate}): its teams and members,
 * each member's progress on their team's shared learning, when they were last active and how many
 * events they attended; filtered by team, profession and region; and the same as CSV. For the
 * network's facilitators only. An export never counts fewer than five people by profession or
 * region ({@link SmallNumbers}).
 */
@Stateless
@PermitAll
public class Facilitation {

  /** The filter value for members in no team. */
  public static final String NO_TEAM = "none";

  @Inject NetworkAccess access;
  @Inject Networks networks;
  @Inject TeamStore teams;
  @Inject GroupLearning learning;
  @Inject NetworkEventStore events;

  public Overview overview(String slug, String team, String profession, String region) {
    LearningNetwork network = access.network(slug);
    access.requireModerator(network);
    List<Account> everyone =
        networks.withStatus(network, NetworkMembership.Status.ACTIVE).stream()
            .map(NetworkMembership::getAccount)
            .sorted(Comparator.comparing(Account::getDisplayName, String.CASE_INSENSITIVE_ORDER))
            .toList();
    Map<String, Account> byEmail =
        everyone.stream()
            .collect(Collectors.toMap(Account::getEmail, Function.identity(), (a, b) -> a));
    List<Team> networkTeams = teams.ofNetwork(network);
    Map<Long, Team> teamOf = new HashMap<>();
    Map<Long, List<Progress>> progress = new HashMap<>();
    List<TeamRow> teamRows = new ArrayList<>();
    for (Team t : networkTeams) {
      List<Account> members =
          t.active().stream().map(m -> byEmail.get(m.getEmail())).filter(Objects::nonNull).toList();
      if (t.isOpen()) {
        members.forEach(a -> teamOf.putIfAbsent(a.getId(), t));
      }
      List<TeamProgress> summaries = new ArrayList<>();
      for (TeamEnrolment course : t.getEnrolments()) {
        Map<Long, LearnerProgress> done =
            learning.progress(
                members,
                course.getCurriculumVersion(),
                course.getModuleVersion(),
                course.modules());
        long completed = done.values().stream().filter(LearnerProgress::completed).count();
        summaries.add(new TeamProgress(course.title(), (int) completed, members.size()));
        for (Account member : members) {
          LearnerProgress p = done.get(member.getId());
          progress
              .computeIfAbsent(member.getId(), id -> new ArrayList<>())
              .add(
                  new Progress(
                      course.title(), p == null ? 0 : p.percent(), p != null && p.completed()));
        }
      }
      teamRows.add(
          new TeamRow(
              t.getId(), t.getName(), t.getPlace(), t.isOpen(), t.active().size(), summaries));
    }
    Map<Long, Instant> lastActive = learning.lastActivity(everyone);
    Map<Long, Long> attended = events.attendanceIn(network);
    List<MemberRow> rows =
        everyone.stream()
            .filter(a -> matchesTeam(teamOf.get(a.getId()), team))
            .filter(a -> blank(profession) || profession.equals(a.getProfession()))
            .filter(a -> blank(region) || region.equals(a.getRegion()))
            .map(
                a ->
                    new MemberRow(
                        a.getDisplayName(),
                        a.getProfession(),
                        a.getRegion(),
                        teamOf.containsKey(a.getId()) ? teamOf.get(a.getId()).getName() : null,
                        progress.getOrDefault(a.getId(), List.of()),
                        lastActive.get(a.getId()),
                        attended.getOrDefault(a.getId(), 0L)))
            .toList();
    List<Choice> teamChoices = new ArrayList<>();
    networkTeams.stream()
        .filter(Team::isOpen)
        .forEach(t -> teamChoices.add(new Choice(t.getId().toString(), t.getName())));
    return new Overview(
        network.getSlug(),
        network.getName(),
        teamRows,
        rows,
        teamChoices,
        distinct(everyone, Account::getProfession),
        distinct(everyone, Account::getRegion),
        counts(rows, MemberRow::profession),
        counts(rows, MemberRow::region),
        blank(team) ? "" : team,
        blank(profession) ? "" : profession,
        blank(region) ? "" : region,
        network.getNudgeDays());
  }

  /** How many quiet days before a member is nudged about their team's learning (3 to 90). */
  public void nudgeAfter(String slug, int days) {
    LearningNetwork network = access.network(slug);
    access.requireModerator(network);
    try {
      network.nudgeAfter(days);
    } catch (org.parity.network.domain.NetworkException outOfRange) {
      throw InvalidInput.of("nudgeDays", "nudge.days.range");
    }
  }

  /**
   * The view as CSV: a row per member, then the counts by profession and by region. When a filter
   * by profession or region leaves fewer than five people, their rows are withheld: the export
   * would name a small group.
   */
  public String csv(String slug, String team, String profession, String region) {
    Overview view = overview(slug, team, profession, region);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      csv.printRecord(
          "name", "team", "profession", "region", "learning", "last_activity", "events_attended");
      boolean narrowed = !blank(profession) || !blank(region);
      if (narrowed && !SmallNumbers.shown(view.members().size())) {
        csv.printRecord(SmallNumbers.HIDDEN + " people: not shown", "", "", "", "", "", "");
      } else {
        for (MemberRow m : view.members()) {
          csv.printRecord(
              m.name(),
              m.team() == null ? "" : m.team(),
              m.profession() == null ? "" : m.profession(),
              m.region() == null ? "" : m.region(),
              m.learning().stream()
                  .map(p -> p.title() + " " + p.percent() + "%")
                  .collect(Collectors.joining("; ")),
              m.lastActivity() == null ? "" : m.lastActivity().toString(),
              m.eventsAttended());
        }
      }
      csv.println();
      csv.printRecord("by", "group", "people");
      for (GroupCount c : view.byProfession()) {
        csv.printRecord("profession", c.key(), c.people());
      }
      for (GroupCount c : view.byRegion()) {
        csv.printRecord("region", c.key(), c.people());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static boolean matchesTeam(Team team, String filter) {
    if (blank(filter)) {
      return true;
    }
    if (NO_TEAM.equals(filter)) {
      return team == null;
    }
    return team != null && filter.equals(team.getId().toString());
  }

  private static List<String> distinct(List<Account> people, Function<Account, String> field) {
    return people.stream().map(field).filter(v -> !blank(v)).distinct().sorted().toList();
  }

  /** People per group; fewer than five never as a number. */
  private static List<GroupCount> counts(List<MemberRow> rows, Function<MemberRow, String> field) {
    Map<String, Long> counted =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    r -> blank(field.apply(r)) ? "UNKNOWN" : field.apply(r),
                    TreeMap::new,
                    Collectors.counting()));
    Map<String, String> shown = new LinkedHashMap<>();
    counted.forEach((key, people) -> shown.put(key, SmallNumbers.count(people)));
    return shown.entrySet().stream().map(e -> new GroupCount(e.getKey(), e.getValue())).toList();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
