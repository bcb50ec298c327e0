package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.parity.identity.domain.EmailAddress;
import org.parity.platform.InvalidInput;

/**
 * A programme of a network's events: a series (six monthly workshops, say) that teams register for
 * once. Its sessions are the network's events that name it.
 */
@Entity
@NamedQuery(
    name = "EventProgramme.ofNetwork",
    query = "select p from EventProgramme p where p.network = :network order by p.createdAt desc")
public class EventProgramme {

  public static final int TITLE_LIMIT = 200;
  public static final int DESCRIPTION_LIMIT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_programme_seq")
  @SequenceGenerator(
      name = "event_programme_seq",
      sequenceName = "event_programme_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private LearningNetwork network;

  private String title;
  private String description;
  private String createdBy;
  private Instant createdAt;

  @Version private long version;

  protected EventProgramme() {}

  public EventProgramme(
      LearningNetwork network, String title, String description, String by, Instant now) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (title == null || title.isBlank() || title.strip().length() > TITLE_LIMIT) {
      errors.add("programmeTitle", "programme.titleRequired");
    }
    if (description != null && description.strip().length() > DESCRIPTION_LIMIT) {
      errors.add("programmeDescription", "programme.descriptionLong");
    }
    errors.throwIfAny();
    this.network = network;
    this.title = title.strip();
    this.description = description == null || description.isBlank() ? null : description.strip();
    this.createdBy = EmailAddress.normalise(by);
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public LearningNetwork getNetwork() {
    return network;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }
}
