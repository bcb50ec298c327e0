package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.parity.learning.domain.CpdActivity;
import org.parity.network.application.EventViews.Attendance;
import org.parity.network.domain.AttendanceMarked;
import org.parity.network.domain.EventRegistration;
import org.parity.network.domain.NetworkEvent;
import org.parity.platform.InvalidInput;

/**
 * A facilitator marks who came to an event, from an hour before its start. Each changed mark is
 * told to whoever keeps records of it ({@link AttendanceMarked}: the CPD log writes one entry per
 * attendee, named after the programme for a programme's session, and takes it back when unmarked).
 */
@Stateless
@PermitAll
public class EventAttendance {

  @Inject EventAccess eventAccess;
  @Inject NetworkAccess access;
  @Inject Event<AttendanceMarked> marked;
  @Inject Clock clock;

  /** Marks attendance (registration id to attended or not); answers how many marks changed. */
  @RolesAllowed({"FACILITATOR", "ADMIN"})
  public int markAttendance(String networkSlug, long eventId, List<Attendance> marks) {
    NetworkEvent event = eventAccess.lockedEvent(networkSlug, eventId);
    access.requireModerator(event.getNetwork());
    Instant now = clock.instant();
    int changed = 0;
    for (Attendance mark : marks == null ? List.<Attendance>of() : marks) {
      EventRegistration registration =
          event.getRegistrations().stream()
              .filter(r -> r.getId() == mark.registration())
              .findFirst()
              .orElseThrow(() -> InvalidInput.of("attendance", "event.attendance.unknown"));
      if (!event.markAttendance(registration, mark.attended(), now)) {
        continue;
      }
      changed++;
      marked.fire(
          new AttendanceMarked(
              registration.getId(),
              registration.getAccount().getId(),
              mark.attended(),
              new CpdActivity(
                  event.cpdTitle(),
                  event.getNetwork().getName(),
                  event.day(),
                  event.cpdHours(),
                  true)));
    }
    return changed;
  }
}
