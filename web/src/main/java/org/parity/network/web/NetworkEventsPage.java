package org.parity.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parity.network.application.EventViews.EventList;
import org.parity.network.application.NetworkEvents;
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

  @Inject NetworkEvents service;
  @Inject EventDraft draft;
  @Inject PageMessages messages;

  private String slug;
  private int past = 1;
  private EventList events;

  @PostConstruct
  void readAddress() {
    slug = PageAddress.parameter("slug");
    Integer requested = PageAddress.smallNumber("past");
    past = requested == null || requested < 1 ? 1 : requested;
    try {
      events = slug == null ? null : service.events(slug, past);
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
      long id = service.create(slug, getForm().input());
      messages.info("event.created");
      messages.keepForNextPage();
      PageAddress.redirect("/networks/" + slug + "/events/" + id);
    } catch (InvalidInput refused) {
      messages.fieldErrors("event", refused.fieldErrors());
    } catch (EJBAccessException e) {
      messages.error("error.403.text");
    }
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
