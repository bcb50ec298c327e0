package org.parity.learning.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.parity.identity.infrastructure.Accounts;
import org.parity.learning.domain.CpdEntry;
import org.parity.learning.infrastructure.CpdRecords;
import org.parity.network.domain.AttendanceMarked;
import org.parity.platform.InvalidInput;

/**
 * Attendance at a network's event in the CPD log: one entry while the attendee is marked as having
 * come (the learner writes its reflection), none once the mark is taken back. Observed in the
 * facilitator's transaction, so the mark and the entry stand or fall together.
 */
@Dependent
public class EventCredit {

  @Inject CpdRecords records;
  @Inject Accounts accounts;
  @Inject Clock clock;

  void onAttendance(@Observes AttendanceMarked marked) {
    Optional<CpdEntry> entry = records.forEventRegistration(marked.registrationId());
    if (!marked.attended()) {
      entry.ifPresent(records::remove);
      return;
    }
    if (entry.isPresent()) {
      return;
    }
    // The event may be today or later in the learner's calendar (attendance is marked at the
    // door), so only the date's presence is checked, not that it has passed.
    Map<String, String> problems = marked.activity().problems(marked.activity().date());
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    accounts
        .byId(marked.accountId())
        .ifPresent(
            learner ->
                records.add(
                    CpdEntry.attendance(
                        learner, marked.activity(), marked.registrationId(), clock.instant())));
  }
}
