package org.parity.network.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.parity.network.application.EventViews.EventList;
import org.parity.network.application.NetworkEvents;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /networks/{slug}/events: events to come, a page of past ones, and for the network's
 * facilitators the form for a new event.
 */
@Named
@ViewScoped
public class NetworkEventsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient NetworkEvents service;
  @Inject PageMessages messages;

  private String slug;
  private int past = 1;
  private EventList events;
  private final EventForm form = new EventForm();

  /** A network that is not there, or whose events are not for this reader, is a 404. */
  public void load() {
    try {
      events = service.events(slug, past);
    } catch (EJBAccessException e) {
      PageAddress.notFound();
    }
  }

  public void addSpeaker() {
    form.addSpeaker();
  }

  public void removeSpeaker(int index) {
    form.removeSpeaker(index);
  }

  /** Creates the event and opens its page; refused fields are marked beside themselves. */
  public void create() {
    try {
      long id = service.create(slug, form.input());
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

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public int getPast() {
    return past;
  }

  public void setPast(int past) {
    this.past = past;
  }

  public EventList getEvents() {
    return events;
  }

  public EventForm getForm() {
    return form;
  }
}
