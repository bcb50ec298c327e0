package org.parity.network.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.parity.identity.domain.Account;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.domain.ActionPlan;
import org.parity.network.domain.PlanAction;
import org.parity.network.domain.Team;
import org.parity.network.domain.TeamMember;
import org.parity.network.infrastructure.TeamStore;
import org.parity.platform.Configuration;
import org.parity.platform.health.ScheduledWork;
import org.parity.platform.mail.MailOutbox;

/**
 * The leads' digest of their plan: each Monday, the leads of an open team whose plan has actions
 * past their due date get one mail listing them, with who owns each, and a link to the plan.
 */
@Stateless
@ScheduledWork
public class OverdueActions {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  @Inject TeamStore teams;
  @Inject Accounts accounts;
  @Inject MailOutbox outbox;
  @Inject Configuration configuration;
  @Inject Clock clock;

  @Schedule(dayOfWeek = "Mon", hour = "8", minute = "41", persistent = false)
  public void tellLeads() {
    LocalDate today = LocalDate.now(clock.withZone(ActionPlans.UK));
    for (ActionPlan plan : teams.plansInProgress()) {
      List<PlanAction> overdue = plan.overdue(today);
      if (overdue.isEmpty()) {
        continue;
      }
      Team team = plan.getTeam();
      String body = digest(team, overdue);
      for (TeamMember lead : team.leads()) {
        // Example people (disabled) and those who closed their account hear nothing.
        Account person = accounts.byEmail(lead.getEmail()).orElse(null);
        if (lead.getStatus() != TeamMember.Status.ACTIVE || person == null || !person.isEnabled()) {
          continue;
        }
        String greeting = "Hello " + person.getDisplayName();
        outbox.enqueue(
            lead.getEmail(),
            "Overdue on the plan of \"" + team.getName() + "\"",
            greeting + ",\n\n" + body,
            link(team));
      }
    }
  }

  private String digest(Team team, List<PlanAction> overdue) {
    StringBuilder body =
        new StringBuilder("These actions of your team's plan are past their due date:\n\n");
    for (PlanAction action : overdue) {
      body.append("- ")
          .append(action.getDescription())
          .append(" (")
          .append(
              accounts
                  .byEmail(action.getOwner())
                  .map(a -> a.getDisplayName())
                  .orElse("a former member"))
          .append(", due ")
          .append(DAY.format(action.getDue()))
          .append(")\n");
    }
    return body.append("\nA new date, or a word of where things stand, keeps the plan honest:\n\n")
        .append(link(team))
        .append("\n\nParity")
        .toString();
  }

  private String link(Team team) {
    return configuration.linkBase(null)
        + "/networks/"
        + team.getNetwork().getSlug()
        + "/teams/"
        + team.getId()
        + "/plan";
  }
}
