package org.parity.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.parity.identity.domain.EmailAddress;
import org.parity.identity.domain.SignInThrottle;

/** The failed-sign-in counters, one per email typed. */
@Dependent
public class SignInThrottles {

  @PersistenceContext EntityManager em;

  public SignInThrottle forEmail(String email) {
    String key = EmailAddress.normalise(email);
    return em.createNamedQuery("SignInThrottle.findByEmail", SignInThrottle.class)
        .setParameter("email", key)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              SignInThrottle created = new SignInThrottle(key);
              em.persist(created);
              return created;
            });
  }
}
