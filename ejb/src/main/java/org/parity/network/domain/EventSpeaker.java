package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.parity.identity.domain.Account;

/** One speaker of an event, in the order the facilitator listed them. */
@Entity
public class EventSpeaker {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_speaker_seq")
  @SequenceGenerator(
      name = "event_speaker_seq",
      sequenceName = "event_speaker_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private NetworkEvent event;

  private int position;
  private String name;
  private String affiliation;
  private String bio;

  @ManyToOne private Account account;

  protected EventSpeaker() {}

  EventSpeaker(NetworkEvent event, int position, SpeakerDetails details) {
    this.event = event;
    this.position = position;
    this.name = details.name();
    this.affiliation = details.affiliation();
    this.bio = details.bio();
    this.account = details.account();
  }

  public SpeakerDetails details() {
    return new SpeakerDetails(name, affiliation, bio, account);
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public String getAffiliation() {
    return affiliation;
  }

  public String getBio() {
    return bio;
  }

  /** The speaker's Parity account, or null for a speaker from outside. */
  public Account getAccount() {
    return account;
  }
}
