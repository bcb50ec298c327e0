package org.parity.network.domain;

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
import org.parity.identity.domain.Account;
import org.parity.identity.domain.EmailAddress;

/**
 * What the bell tells a person that is not about a post: who did what ({@code kind}, worded by the
 * page in the reader's language), on what, where, and the page that shows it.
 */
@Entity
@NamedQuery(
    name = "Notice.newestFirst",
    query =
        "select n from Notice n where n.account = :account order by n.createdAt desc, n.id desc")
@NamedQuery(
    name = "Notice.countUnread",
    query = "select count(n) from Notice n where n.account.email = :email and n.readAt is null")
@NamedQuery(
    name = "Notice.count",
    query = "select count(n) from Notice n where n.account = :account")
@NamedQuery(
    name = "Notice.markAllRead",
    query = "update Notice n set n.readAt = :now where n.account = :account and n.readAt is null")
public class Notice {

  public enum Kind {
    /** A team's lead enrolled the whole team: actor, the learning's title, the team. */
    TEAM_ENROLMENT,
    /** The member has gone quiet on their team's learning: the learning's title, the team. */
    INACTIVITY_NUDGE,
    /** A facilitator quoted the reader's post in a case-study draft: actor, thread, network. */
    POST_QUOTED_IN_CASE_STUDY,
    /** A facilitator quoted the reader's post in the network's FAQ: actor, thread, network. */
    POST_QUOTED_IN_FAQ,
    /** A facilitator took the reader's suggestion into the library: actor, title, network. */
    RESOURCE_ACCEPTED,
    /** A facilitator left the reader's suggestion out of the library: actor, title, network. */
    RESOURCE_DECLINED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
  @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String actorEmail;
  private String subject;
  private String place;
  private String link;
  private Instant createdAt;
  private Instant readAt;

  protected Notice() {}

  public Notice(
      Account account,
      Kind kind,
      String actorEmail,
      String subject,
      String place,
      String link,
      Instant now) {
    this.account = account;
    this.kind = kind;
    this.actorEmail = EmailAddress.normalise(actorEmail);
    this.subject = subject;
    this.place = place;
    this.link = link;
    this.createdAt = now;
  }

  public void read(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public Kind getKind() {
    return kind;
  }

  /** Who did it, by address: the page names them as they are named now. */
  public String getActorEmail() {
    return actorEmail;
  }

  public String getSubject() {
    return subject;
  }

  public String getPlace() {
    return place;
  }

  public String getLink() {
    return link;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
