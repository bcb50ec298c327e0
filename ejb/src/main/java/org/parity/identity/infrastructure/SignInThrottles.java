package org.parity.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.parity.identity.domain.EmailAddress;
import org.parity.identity.domain.SignInThrottle;

/** The failed-sign-in counters, one per email typed. */
@Dependent
public class SignInThrottles {

  @PersistenceContext EntityManager em;

  /** The address's count of failures in a row; a new, unstored one when it has none. */
  public SignInThrottle forEmail(String email) {
    String key = EmailAddress.normalise(email);
    return em.createNamedQuery("SignInThrottle.findByEmail", SignInThrottle.class)
        .setParameter("email", key)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> new SignInThrottle(key));
  }

  /**
   * Counts a failure on the address's counter and stores it (a counter gets a row at its first
   * failure: only failures are worth one).
   */
  public void recordFailure(SignInThrottle throttle, Instant now) {
    throttle.recordFailure(now);
    if (!em.contains(throttle)) {
      em.persist(throttle);
    }
  }

  /**
   * Forgets the counts of addresses with no failure since {@code cutoff}: a pause lasts half an
   * hour at most, so an old count only keeps a row for every address anyone ever mistyped.
   */
  public int forgetQuietSince(Instant cutoff) {
    return em.createNamedQuery("SignInThrottle.deleteQuietSince")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
