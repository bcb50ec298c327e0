package org.parity.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins in a row for one email, whether or not an account has it (so the pause reveals
 * nothing). Stored from the first failure, and forgotten a day after the last
 * (SignInThrottleCleanup), so the rows stay bounded. From the fifth, sign-in for that email pauses:
 * one minute, then twice as long after each further failure, up to half an hour. A success starts
 * the count again.
 */
@Entity
@NamedQuery(
    name = "SignInThrottle.findByEmail",
    query = "select t from SignInThrottle t where t.emailKey = :email")
@NamedQuery(
    name = "SignInThrottle.deleteQuietSince",
    query =
        "delete from SignInThrottle t where t.lastFailureAt is null or t.lastFailureAt < :cutoff")
public class SignInThrottle {

  public static final int FAILURES_BEFORE_PAUSE = 5;
  static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
  static final Duration LONGEST_PAUSE = Duration.ofMinutes(30);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_throttle_seq")
  @SequenceGenerator(
      name = "sign_in_throttle_seq",
      sequenceName = "sign_in_throttle_seq",
      allocationSize = 50)
  private Long id;

  private String emailKey;
  private int consecutiveFailures;
  private Instant lastFailureAt;
  private Instant pausedUntil;

  @Version private long version;

  protected SignInThrottle() {}

  public SignInThrottle(String email) {
    this.emailKey = EmailAddress.normalise(email);
  }

  public Optional<Instant> pausedUntil(Instant now) {
    return pausedUntil != null && now.isBefore(pausedUntil)
        ? Optional.of(pausedUntil)
        : Optional.empty();
  }

  public void recordFailure(Instant now) {
    consecutiveFailures++;
    lastFailureAt = now;
    if (consecutiveFailures >= FAILURES_BEFORE_PAUSE) {
      int doublings = Math.min(consecutiveFailures - FAILURES_BEFORE_PAUSE, 10);
      Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
      pausedUntil = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
    }
  }

  public void recordSuccess() {
    consecutiveFailures = 0;
    pausedUntil = null;
  }

  public int getConsecutiveFailures() {
    return consecutiveFailures;
  }
}
