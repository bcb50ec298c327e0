package org.parity.network.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.parity.network.application.EventViews.EventInput;
import org.parity.network.application.EventViews.SpeakerInput;

/**
 * The fields of the new-event and edit-event forms, speakers added and removed in place. Times are
 * what a datetime-local field sends ({@code 2026-12-22T18:30}), read in the chosen zone.
 */
public class EventForm implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String DEFAULT_ZONE = "Europe/London";

  private String title;
  private String description;
  private String start;
  private String end;
  private String timeZone = DEFAULT_ZONE;
  private String onlineUrl;
  private String venue;
  private Integer capacity;
  private final List<SpeakerRow> speakers = new ArrayList<>();

  /** One speaker's row of the form. */
  public static class SpeakerRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String affiliation;
    private String bio;
    private String accountEmail;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getAffiliation() {
      return affiliation;
    }

    public void setAffiliation(String affiliation) {
      this.affiliation = affiliation;
    }

    public String getBio() {
      return bio;
    }

    public void setBio(String bio) {
      this.bio = bio;
    }

    public String getAccountEmail() {
      return accountEmail;
    }

    public void setAccountEmail(String accountEmail) {
      this.accountEmail = accountEmail;
    }
  }

  /** The form filled with an event as it stands. */
  static EventForm of(EventInput input) {
    EventForm form = new EventForm();
    form.title = input.title();
    form.description = input.description();
    form.start = input.start();
    form.end = input.end();
    form.timeZone = input.timeZone();
    form.onlineUrl = input.onlineUrl();
    form.venue = input.venue();
    form.capacity = input.capacity();
    for (SpeakerInput s : input.speakers()) {
      SpeakerRow row = new SpeakerRow();
      row.name = s.name();
      row.affiliation = s.affiliation();
      row.bio = s.bio();
      row.accountEmail = s.accountEmail();
      form.speakers.add(row);
    }
    return form;
  }

  EventInput input() {
    return new EventInput(
        title,
        description,
        start,
        end,
        timeZone,
        onlineUrl,
        venue,
        capacity,
        speakers.stream()
            .map(s -> new SpeakerInput(s.name, s.affiliation, s.bio, s.accountEmail))
            .toList());
  }

  public void addSpeaker() {
    speakers.add(new SpeakerRow());
  }

  public void removeSpeaker(int index) {
    if (index >= 0 && index < speakers.size()) {
      speakers.remove(index);
    }
  }

  public List<SpeakerRow> getSpeakers() {
    return speakers;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getOnlineUrl() {
    return onlineUrl;
  }

  public void setOnlineUrl(String onlineUrl) {
    this.onlineUrl = onlineUrl;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }
}
