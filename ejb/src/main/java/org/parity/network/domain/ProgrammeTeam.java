package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.parity.identity.domain.EmailAddress;

/** A team registered, once, for a programme: its members are registered for each session. */
@Entity
@NamedQuery(
    name = "ProgrammeTeam.ofProgramme",
    query = "select t from ProgrammeTeam t where t.programme = :programme order by t.registeredAt")
@NamedQuery(
    name = "ProgrammeTeam.ofTeam",
    query = "select t from ProgrammeTeam t where t.team = :team order by t.registeredAt")
public class ProgrammeTeam {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_team_seq")
  @SequenceGenerator(
      name = "programme_team_seq",
      sequenceName = "programme_team_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private EventProgramme programme;

  @ManyToOne(optional = false)
  private Team team;

  private String registeredBy;
  private Instant registeredAt;

  protected ProgrammeTeam() {}

  public ProgrammeTeam(EventProgramme programme, Team team, String by, Instant now) {
    if (!team.getNetwork().isSameAs(programme.getNetwork())) {
      throw new NetworkException(
          "The team is not in the programme's network.", "programme.refusal.otherNetwork");
    }
    if (!team.isOpen()) {
      throw new NetworkException("The team is closed.", "team.refusal.closed");
    }
    this.programme = programme;
    this.team = team;
    this.registeredBy = EmailAddress.normalise(by);
    this.registeredAt = now;
  }

  public EventProgramme getProgramme() {
    return programme;
  }

  public Team getTeam() {
    return team;
  }
}
