package org.parity.curriculum.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.parity.curriculum.domain.ContentReview;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Organisation;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Accounts;
import org.parity.platform.Configuration;
import org.parity.platform.health.ScheduledWork;
import org.parity.platform.mail.MailOutbox;

/**
 * Each morning, tells a publisher's editors and PUBLISHERs which of its published modules have come
 * within 90 days of their review-by date, and which have passed it: each reminder once per date.
 */
@Stateless
@PermitAll
@ScheduledWork
public class ReviewReminders {

  @Inject Curricula curricula;
  @Inject Accounts accounts;
  @Inject MailOutbox outbox;
  @Inject Configuration configuration;
  @Inject Clock clock;

  @Schedule(hour = "6", minute = "13", persistent = false)
  void everyMorning() {
    remindAsOf(LocalDate.ofInstant(clock.instant(), ContentReview.ZONE));
  }

  /** Sends the reminders due on {@code today}; answers how many versions were reminded of. */
  public int remindAsOf(LocalDate today) {
    int reminded = 0;
    for (ModuleVersion version :
        curricula.publishedModulesDueBy(today.plusDays(ContentReview.DUE_SOON_DAYS))) {
      var reminder = version.review().reminderFor(today);
      if (reminder.isPresent()) {
        tellEditors(version, reminder.get() == ContentReview.Standing.OVERDUE);
        reminded++;
      }
    }
    return reminded;
  }

  private void tellEditors(ModuleVersion version, boolean overdue) {
    Organisation owner = version.getModule().getOwner();
    Set<Account> editors = new LinkedHashSet<>(accounts.withRoleIn(Role.EDITOR, owner));
    editors.addAll(accounts.withRoleIn(Role.PUBLISHER, owner));
    String link = configuration.linkBase(null) + "/studio/module?v=" + version.getId();
    for (Account editor : editors) {
      outbox.enqueue(
          editor.getEmail(),
          (overdue
                  ? "Overdue for review: "
                  : "Due for review by " + version.review().reviewBy() + ": ")
              + version.getTitle(),
          "Hello "
              + editor.getDisplayName()
              + ",\n\n\""
              + version.getTitle()
              + "\" (version "
              + version.getNumber()
              + ", "
              + owner.getName()
              + ") was last reviewed on "
              + version.review().lastReviewedOn()
              + " and is "
              + (overdue ? "now overdue: it was due" : "due")
              + " for review by "
              + version.review().reviewBy()
              + ". Learners see "
              + (overdue ? "a notice that it is overdue." : "when it was last reviewed.")
              + "\n\nStart a new draft to review it, or a publisher can move the date on with a"
              + " reason, or retire it:\n\n"
              + link
              + "\n\nParity",
          link);
    }
  }
}
