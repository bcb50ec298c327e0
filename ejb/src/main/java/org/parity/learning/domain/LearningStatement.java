package org.parity.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.parity.identity.domain.Account;

/**
 * One xAPI 1.0.3 statement about a learner (launched, experienced, answered, passed, failed,
 * completed), kept as the JSON that was built, and whether an external record store has it yet.
 */
@Entity
@NamedQuery(
    name = "LearningStatement.findByLearner",
    query =
        "select s from LearningStatement s where s.learner = :learner order by s.recordedAt desc,"
            + " s.id desc")
@NamedQuery(
    name = "LearningStatement.findUnforwarded",
    query =
        "select s from LearningStatement s where s.forwardedAt is null and s.forwardAttempts <"
            + " :limit order by s.id")
public class LearningStatement {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_statement_seq")
  @SequenceGenerator(
      name = "learning_statement_seq",
      sequenceName = "learning_statement_seq",
      allocationSize = 50)
  private Long id;

  private String statementId;

  @ManyToOne(optional = false)
  private Account learner;

  private String verb;
  private String activityId;
  private Instant recordedAt;
  private String body;
  private Instant forwardedAt;
  private int forwardAttempts;

  protected LearningStatement() {}

  public LearningStatement(
      String statementId,
      Account learner,
      String verb,
      String activityId,
      Instant recordedAt,
      String body) {
    this.statementId = statementId;
    this.learner = learner;
    this.verb = verb;
    this.activityId = activityId;
    this.recordedAt = recordedAt;
    this.body = body;
  }

  public void forwarded(Instant now) {
    forwardedAt = now;
    forwardAttempts++;
  }

  public void forwardFailed() {
    forwardAttempts++;
  }

  public Long getId() {
    return id;
  }

  public String getStatementId() {
    return statementId;
  }

  public String getVerb() {
    return verb;
  }

  public String getActivityId() {
    return activityId;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getBody() {
    return body;
  }

  public Instant getForwardedAt() {
    return forwardedAt;
  }

  public int getForwardAttempts() {
    return forwardAttempts;
  }
}
