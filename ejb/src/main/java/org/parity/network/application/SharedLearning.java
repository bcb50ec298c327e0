package org.parity.network.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.UnitKind;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.Accounts;
import org.parity.learning.application.GroupLearning;
import org.parity.network.application.TeamViews.CourseChoice;
import org.parity.network.application.TeamViews.MemberProgress;
import org.parity.network.application.TeamViews.TeamLearning;
import org.parity.network.application.TeamViews.UnitColumn;
import org.parity.network.domain.Notice;
import org.parity.network.domain.Team;
import org.parity.network.domain.TeamEnrolment;
import org.parity.network.domain.TeamMember;
import org.parity.network.infrastructure.Notifications;
import org.parity.platform.Configuration;
import org.parity.platform.InvalidInput;
import org.parity.platform.mail.MailOutbox;

/**
 * What a team learns together: enrolling every member on the version its lead chose (and whoever
 * joins later), telling them, and reading each member's progress. {@link Teams} decides who may;
 * this runs in its transaction.
 */
@Dependent
public class SharedLearning {

  @Inject Curricula curricula;
  @Inject GroupLearning learning;
  @Inject Accounts accounts;
  @Inject Notifications notices;
  @Inject MailOutbox outbox;
  @Inject Configuration configuration;
  @Inject Clock clock;

  /**
   * Enrols the team on the newest published version of {@code course} ("curriculum:slug" or
   * "module:slug") and every active member with it, each told but the lead who did it.
   */
  public void enrolTeam(Team team, String course, Account lead, String pageBase) {
    String[] kindAndSlug = course == null ? new String[0] : course.split(":", 2);
    Optional<CurriculumVersion> curriculum =
        kindAndSlug.length == 2 && kindAndSlug[0].equals("curriculum")
            ? curricula.latestPublishedCurriculum(kindAndSlug[1])
            : Optional.empty();
    Optional<ModuleVersion> module =
        kindAndSlug.length == 2 && kindAndSlug[0].equals("module")
            ? curricula.latestPublishedModule(kindAndSlug[1])
            : Optional.empty();
    if (curriculum.isEmpty() && module.isEmpty()) {
      throw InvalidInput.of("course", "team.courseRequired");
    }
    TeamEnrolment enrolled =
        team.enrol(curriculum.orElse(null), module.orElse(null), lead.getEmail(), clock.instant());
    for (TeamMember member : team.active()) {
      Optional<Account> person = accounts.byEmail(member.getEmail());
      if (person.isPresent()) {
        boolean me = person.get().getId().equals(lead.getId());
        enrolMember(team, enrolled, person.get(), lead.getEmail(), !me, pageBase);
      }
    }
  }

  /** Someone who joins later learns what the team learns, at the version it chose. */
  public void enrolJoiner(Team team, Account joiner) {
    for (TeamEnrolment course : team.getEnrolments()) {
      enrolMember(team, course, joiner, course.getEnrolledBy(), true, null);
    }
  }

  /**
   * Enrols one member on the team's learning; when they are to be told, puts it on their bell and,
   * with a {@code pageBase}, mails them too.
   */
  private void enrolMember(
      Team team,
      TeamEnrolment course,
      Account member,
      String byEmail,
      boolean tell,
      String pageBase) {
    long enrolmentId =
        learning.enrol(member, course.getCurriculumVersion(), course.getModuleVersion()).getId();
    if (!tell) {
      return;
    }
    String path = "/learn/" + enrolmentId;
    notices.add(
        new Notice(
            member,
            Notice.Kind.TEAM_ENROLMENT,
            byEmail,
            course.title(),
            team.getName(),
            path,
            clock.instant()));
    if (pageBase != null) {
      String link = configuration.linkBase(pageBase) + path;
      outbox.enqueue(
          member.getEmail(),
          "Your team is learning \"" + course.title() + "\" together",
          "Hello "
              + member.getDisplayName()
              + ",\n\n"
              + displayName(byEmail)
              + " enrolled the team \""
              + team.getName()
              + "\" on \""
              + course.title()
              + "\" (version "
              + course.versionNumber()
              + "), so you learn it together; the team's page shows how each of you is getting"
              + " on (what is done, never your answers).\n\nStart or continue here:\n\n"
              + link
              + "\n\nParity",
          link);
    }
  }

  private String displayName(String email) {
    return accounts.byEmail(email).map(Account::getDisplayName).orElse("");
  }

  /**
   * What the team learns; each member's progress per unit for those who may see it (the team and
   * the network's facilitators), never their answers.
   */
  public List<TeamLearning> views(Team team, Map<String, Account> people, boolean progress) {
    List<Account> members =
        team.active().stream()
            .map(m -> people.get(m.getEmail()))
            .filter(a -> a != null)
            .sorted(Comparator.comparing(Account::getDisplayName, String.CASE_INSENSITIVE_ORDER))
            .toList();
    List<TeamLearning> views = new ArrayList<>();
    for (TeamEnrolment course : team.getEnrolments()) {
      List<UnitColumn> units = new ArrayList<>();
      for (ModuleVersion module : course.modules()) {
        module.getUnits().stream()
            .map(
                u ->
                    new UnitColumn(
                        u.getId(), u.getTitle(), module.getTitle(), u.getKind() == UnitKind.QUIZ))
            .forEach(units::add);
      }
      Map<Long, GroupLearning.LearnerProgress> done =
          progress
              ? learning.progress(
                  members,
                  course.getCurriculumVersion(),
                  course.getModuleVersion(),
                  course.modules())
              : Map.of();
      List<MemberProgress> rows = new ArrayList<>();
      if (progress) {
        for (Account member : members) {
          GroupLearning.LearnerProgress p = done.get(member.getId());
          rows.add(
              new MemberProgress(
                  member.getDisplayName(),
                  member.getProfession(),
                  p == null ? 0 : p.percent(),
                  p != null && p.completed(),
                  p == null
                      ? List.of()
                      : units.stream().map(u -> p.units().get(u.id()).name()).toList()));
        }
      }
      views.add(
          new TeamLearning(
              course.getId(),
              course.title(),
              course.versionNumber(),
              course.getCurriculumVersion() != null
                  ? "/curricula/" + course.getCurriculumVersion().getCurriculum().getSlug()
                  : "/modules/" + course.getModuleVersion().getModule().getSlug(),
              units,
              rows,
              (int) rows.stream().filter(MemberProgress::completed).count(),
              members.size()));
    }
    return views;
  }

  /** Published curricula and modules the team is not enrolled on yet, by title. */
  public List<CourseChoice> choices(Team team) {
    Set<Long> curriculaTaken = new HashSet<>();
    Set<Long> modulesTaken = new HashSet<>();
    for (TeamEnrolment e : team.getEnrolments()) {
      if (e.getCurriculumVersion() != null) {
        curriculaTaken.add(e.getCurriculumVersion().getCurriculum().getId());
      } else {
        modulesTaken.add(e.getModuleVersion().getModule().getId());
      }
    }
    List<CourseChoice> choices = new ArrayList<>();
    curricula.publishedCurricula().stream()
        .filter(v -> !curriculaTaken.contains(v.getCurriculum().getId()))
        .sorted(Comparator.comparing(CurriculumVersion::getTitle, String.CASE_INSENSITIVE_ORDER))
        .forEach(
            v ->
                choices.add(
                    new CourseChoice("curriculum:" + v.getCurriculum().getSlug(), v.getTitle())));
    curricula.publishedModules().stream()
        .filter(v -> !modulesTaken.contains(v.getModule().getId()))
        .sorted(Comparator.comparing(ModuleVersion::getTitle, String.CASE_INSENSITIVE_ORDER))
        .forEach(
            v -> choices.add(new CourseChoice("module:" + v.getModule().getSlug(), v.getTitle())));
    return choices;
  }
}
