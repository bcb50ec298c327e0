package org.parity.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parity.network.application.EventArranging;
import org.parity.network.application.EventReading;
import org.parity.network.application.EventViews.EventList;
import org.parity.network.application.Programmes;
import org.parity.network.application.Programmes.ProgrammeSummary;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /networks/{slug}/events: events to come, a page of past ones, and for the network's
 * facilitators the form for a new event. Read from its address on every request; only the
 * facilitators' form is kept for the view ({@link EventDraft}).
 */
@Named
@RequestScoped
public class NetworkEventsPage {

  @Inject EventReading reading;
  @Inject EventArranging arranging;
  @Inject Programmes programmes;
  @Inject EventDraft draft;
  @Inject PageMessages messages;

  private String slug;
  private int past = 1;
  private EventList events;
  private List<ProgrammeSummary> programmeList;
  private Long programme;
  private String programmeTitle;
  private String programmeDescription;

  @PostConstruct
  void readAddress() {
    slug = PageAddress.parameter("slug");
    Integer requested = PageAddress.smallNumber("past");
    past = requested == null || requested < 1 ? 1 : requested;
    try {
      events = slug == null ? null : reading.events(slug, past);
    } catch (EJBAccessException e) {
      events = null;
    }
  }

  /** A network that is not there, or whose events are not for this reader, is a 404. */
  public void load() {
    if (events == null) {
      PageAddress.notFound();
    }
  }

  public void addSpeaker() {
    getForm().addSpeaker();
  }

  public void removeSpeaker(int index) {
    getForm().removeSpeaker(index);
  }

  /** Creates the event and opens its page; refused fields are marked beside themselves. */
  public void create() {
    try {
      long id =
          programme == null
              ? arranging.create(slug, getForm().input())
              : programmes.addSession(slug, programme, getForm().input());
      messages.info("event.created");
      messages.keepForNextPage();
      PageAddress.redirect("/networks/" + slug + "/events/" + id);
    } catch (InvalidInput refused) {
      messages.fieldErrors("event", refused.fieldErrors());
    } catch (EJBAccessException e) {
      messages.error("error.403.text");
    }
  }

  /** A facilitator plans a programme of events and opens it. */
  public void createProgramme() {
    try {
      long id = programmes.create(slug, programmeTitle, programmeDescription);
      messages.info("programme.created");
      messages.keepForNextPage();
      PageAddress.redirect("/networks/" + slug + "/programmes/" + id);
    } catch (InvalidInput refused) {
      messages.fieldErrors("programme", refused.fieldErrors());
    } catch (EJBAccessException e) {
      messages.error("error.403.text");
    }
  }

  /** The network's programmes; none for a reader who may not read its events. */
  public List<ProgrammeSummary> getProgrammes() {
    if (programmeList == null) {
      programmeList = events == null ? List.of() : programmes.of(slug);
    }
    return programmeList;
  }

  public Long getProgramme() {
    return programme;
  }

  public void setProgramme(Long programme) {
    this.programme = programme;
  }

  public String getProgrammeTitle() {
    return programmeTitle;
  }

  public void setProgrammeTitle(String programmeTitle) {
    this.programmeTitle = programmeTitle;
  }

  public String getProgrammeDescription() {
    return programmeDescription;
  }

  public void setProgrammeDescription(String programmeDescription) {
    this.programmeDescription = programmeDescription;
  }

  public String getSlug() {
    return slug;
  }

  public int getPast() {
    return past;
  }

  public EventList getEvents() {
    return events;
  }

  public EventForm getForm() {
    return draft.form(EventForm::new);
  }
}
