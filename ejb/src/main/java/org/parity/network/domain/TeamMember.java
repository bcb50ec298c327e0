package org.parity.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.parity.identity.domain.EmailAddress;

/** A person in a team, or invited to it, by address. */
@Entity
@NamedQuery(
    name = "TeamMember.invitationsOf",
    query =
        "select m from TeamMember m join m.team t where m.email = :email"
            + " and m.status = org.parity.network.domain.TeamMember.Status.INVITED"
            + " and t.status = org.parity.network.domain.Team.Status.OPEN")
public class TeamMember {

  public enum Status {
    INVITED,
    ACTIVE,
    DECLINED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_member_seq")
  @SequenceGenerator(
      name = "team_member_seq",
      sequenceName = "team_member_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Team team;

  private String email;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "is_lead")
  private boolean lead;

  private String invitedBy;
  private Instant invitedAt;
  private Instant answeredAt;

  protected TeamMember() {}

  TeamMember(Team team, String email, String invitedBy, Instant now) {
    this.team = team;
    this.email = EmailAddress.normalise(email);
    this.status = Status.INVITED;
    this.invitedBy = EmailAddress.normalise(invitedBy);
    this.invitedAt = now;
  }

  void inviteAgain(String by, Instant now) {
    status = Status.INVITED;
    lead = false;
    invitedBy = EmailAddress.normalise(by);
    invitedAt = now;
    answeredAt = null;
  }

  void accept(Instant now) {
    status = Status.ACTIVE;
    answeredAt = now;
  }

  void decline(Instant now) {
    status = Status.DECLINED;
    lead = false;
    answeredAt = now;
  }

  void makeLead() {
    lead = true;
  }

  void stepDown() {
    lead = false;
  }

  /** Invited or in the team: not to be invited again. */
  public boolean isStanding() {
    return status != Status.DECLINED;
  }

  public boolean isActive() {
    return status == Status.ACTIVE;
  }

  public Long getId() {
    return id;
  }

  public Team getTeam() {
    return team;
  }

  public String getEmail() {
    return email;
  }

  public Status getStatus() {
    return status;
  }

  public boolean isLead() {
    return lead;
  }

  public String getInvitedBy() {
    return invitedBy;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }
}
