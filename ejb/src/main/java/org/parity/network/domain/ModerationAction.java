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

/**
 * One line of a network's moderation log: who did what to which post, thread or member, and why.
 */
@Entity
@NamedQuery(
    name = "ModerationAction.findByNetwork",
    query =
        "select a from ModerationAction a where a.network = :network order by a.actedAt desc, a.id"
            + " desc")
@NamedQuery(
    name = "ModerationAction.countByNetwork",
    query = "select count(a) from ModerationAction a where a.network = :network")
public class ModerationAction {

  public enum Kind {
    HIDE,
    RESTORE,
    DISMISS_FLAGS,
    LOCK,
    UNLOCK,
    PIN,
    UNPIN,
    MOVE,
    SUSPEND,
    LIFT_SUSPENSION,
    CLINICAL_REVIEW,
    APPOINT_REVIEWER,
    REMOVE_REVIEWER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_action_seq")
  @SequenceGenerator(
      name = "moderation_action_seq",
      sequenceName = "moderation_action_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private LearningNetwork network;

  private String actor;

  @Enumerated(EnumType.STRING)
  private Kind action;

  private String subject;
  private String reason;
  private Instant actedAt;

  protected ModerationAction() {}

  public ModerationAction(
      LearningNetwork network,
      String actor,
      Kind action,
      String subject,
      String reason,
      Instant now) {
    this.network = network;
    this.actor = actor;
    this.action = action;
    this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
    this.reason = reason;
    this.actedAt = now;
  }

  /**
   * A line for a step {@code actor} took, who is logged as "Name <address>": erasure finds a former
   * member's acts by the address in its brackets.
   */
  public static ModerationAction by(
      LearningNetwork network,
      Account actor,
      Kind action,
      String subject,
      String reason,
      Instant now) {
    return new ModerationAction(
        network,
        actor.getDisplayName() + " <" + actor.getEmail() + ">",
        action,
        subject,
        reason,
        now);
  }

  /**
   * How the log names a post: 'Post #n by Name in "Title"'; erasure replaces the name where " by
   * Name in " bounds it.
   */
  public static String postSubject(ForumPost post) {
    return "Post #"
        + post.getNumber()
        + " by "
        + post.getAuthor().getDisplayName()
        + " in \""
        + post.getThread().getTitle()
        + "\"";
  }

  public String getActor() {
    return actor;
  }

  public Kind getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getReason() {
    return reason;
  }

  public Instant getActedAt() {
    return actedAt;
  }
}
