package org.parity.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parity.network.application.EventArranging;
import org.parity.network.application.EventAttendance;
import org.parity.network.application.EventReading;
import org.parity.network.application.EventRegistrations;
import org.parity.network.application.EventViews.Attendance;
import org.parity.network.application.EventViews.EventDetail;
import org.parity.network.application.EventViews.RegistrantView;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /networks/{slug}/events/{id}: the event in its own time zone, registering and
 * cancelling, and for facilitators the lists of people, attendance, changes and cancellation. Read
 * from its address on every request; only the facilitators' form for changes is kept for the view
 * ({@link EventDraft}).
 */
@Named
@RequestScoped
public class NetworkEventPage {

  @Inject EventReading reading;
  @Inject EventRegistrations registrations;
  @Inject EventAttendance attendanceMarks;
  @Inject EventArranging arranging;
  @Inject EventDraft draft;
  @Inject PageMessages messages;

  private String slug;
  private Long id;
  private EventDetail event;
  private String reason;
  private final Map<Long, Boolean> attendance = new HashMap<>();

  @PostConstruct
  void readAddress() {
    slug = PageAddress.parameter("slug");
    id = PageAddress.number("id");
    if (slug != null && id != null) {
      reload();
    }
  }

  /** An event that is not there, or not for this reader, is a 404. */
  public void load() {
    if (event == null) {
      PageAddress.notFound();
    }
  }

  private void refresh() {
    event = reading.event(slug, id);
    attendance.clear();
    Stream.concat(event.registered().stream(), event.waitingList().stream())
        .forEach(r -> attendance.put(r.id(), r.attended()));
  }

  public void register() {
    String[] status = new String[1];
    if (step(() -> status[0] = registrations.register(slug, id))) {
      done("WAITING".equals(status[0]) ? "event.registered.waiting" : "event.registered");
    }
  }

  public void cancelRegistration() {
    if (step(() -> registrations.cancelRegistration(slug, id, PageAddress.base()))) {
      done("event.registration.cancelled");
    }
  }

  public void saveAttendance() {
    List<Attendance> marks = new ArrayList<>();
    attendance.forEach((registration, came) -> marks.add(new Attendance(registration, came)));
    if (step(() -> attendanceMarks.markAttendance(slug, id, marks))) {
      done("event.attendance.saved");
    }
  }

  public void cancelEvent() {
    try {
      arranging.cancel(slug, id, reason, PageAddress.base());
      done("event.cancelled.done");
    } catch (InvalidInput refused) {
      messages.fieldErrors("cancel", refused.fieldErrors());
    } catch (OutOfTurn e) {
      messages.refused(e);
      reload();
    } catch (EJBAccessException e) {
      messages.error("error.403.text");
    }
  }

  public void addSpeaker() {
    getForm().addSpeaker();
  }

  public void removeSpeaker(int index) {
    getForm().removeSpeaker(index);
  }

  /** Saves the changes; everyone registered hears of a new time or place. */
  public void save() {
    try {
      arranging.edit(slug, id, getForm().input(), PageAddress.base());
      done("event.saved");
    } catch (InvalidInput refused) {
      messages.fieldErrors("edit", refused.fieldErrors());
    } catch (OutOfTurn e) {
      messages.refused(e);
    } catch (EJBAccessException e) {
      messages.error("error.403.text");
    }
  }

  /** A step that worked: say so on the event's own address, fresh (post, redirect, get). */
  private void done(String key) {
    messages.info(key);
    messages.keepForNextPage();
    PageAddress.redirect("/networks/" + slug + "/events/" + id);
  }

  /** Runs a step; a refusal is said at the top of the page, which shows the event as it is now. */
  private boolean step(Runnable action) {
    try {
      action.run();
      return true;
    } catch (OutOfTurn e) {
      messages.refused(e);
    } catch (InvalidInput e) {
      e.fieldErrors().values().stream().findFirst().ifPresent(messages::error);
    } catch (EJBAccessException e) {
      messages.error("error.403.text");
    }
    reload();
    return false;
  }

  private void reload() {
    try {
      refresh();
    } catch (EJBAccessException e) {
      event = null;
    }
  }

  /** Whether the reader has a place; the page then shows the link and the cancel button. */
  public boolean isRegistered() {
    return event != null && "REGISTERED".equals(event.summary().myStatus());
  }

  public boolean isWaiting() {
    return event != null && "WAITING".equals(event.summary().myStatus());
  }

  public List<RegistrantView> getPeople() {
    return event == null
        ? List.of()
        : Stream.concat(event.registered().stream(), event.waitingList().stream()).toList();
  }

  public String getSlug() {
    return slug;
  }

  public Long getId() {
    return id;
  }

  public EventDetail getEvent() {
    return event;
  }

  /** The form for changes, for the facilitators who may make them (the event's values at first). */
  public EventForm getForm() {
    if (event == null || event.form() == null) {
      return null;
    }
    return draft.form(() -> EventForm.of(event.form()));
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Map<Long, Boolean> getAttendance() {
    return attendance;
  }
}
