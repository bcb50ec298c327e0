package org.parity.learning.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.ModuleVersionRetired;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Account;
import org.parity.learning.domain.Enrolment;
import org.parity.learning.infrastructure.Enrolments;
import org.parity.platform.Configuration;
import org.parity.platform.mail.MailOutbox;

/**
 * A publisher retired a module version: every learner enrolled on it (directly or through a
 * curriculum) keeps their access and is told once, in the same transaction as the retirement.
 */
@Dependent
public class RetiredContentNotice {

  @Inject Enrolments enrolments;
  @Inject MailOutbox outbox;
  @Inject Configuration configuration;
  @Inject Curricula curricula;

  void onRetired(@Observes ModuleVersionRetired retired) {
    ModuleVersion version = curricula.moduleVersion(retired.versionId()).orElseThrow();
    Map<Long, Enrolment> byLearner = new LinkedHashMap<>();
    for (Enrolment e : enrolments.using(version)) {
      if (e.getLearner().isEnabled()) {
        byLearner.putIfAbsent(e.getLearner().getId(), e);
      }
    }
    String base = configuration.linkBase(retired.pageBase());
    for (Enrolment enrolment : byLearner.values()) {
      Account learner = enrolment.getLearner();
      String link = base + "/learn/" + enrolment.getId();
      outbox.enqueue(
          learner.getEmail(),
          "Retired: " + version.getTitle(),
          "Hello "
              + learner.getDisplayName()
              + ",\n\n"
              + version.getModule().getOwner().getName()
              + " has retired version "
              + version.getNumber()
              + " of \""
              + version.getTitle()
              + "\", which you are enrolled on"
              + (enrolment.getCurriculumVersion() == null
                  ? ""
                  : " as part of \"" + enrolment.getCurriculumVersion().getTitle() + "\"")
              + ". Their reason:\n\n"
              + retired.reason()
              + "\n\nYou keep your access, your progress and any certificate; nobody new can"
              + " enrol on it. Your learning is here:\n\n"
              + link
              + "\n\nParity",
          link);
    }
  }
}
