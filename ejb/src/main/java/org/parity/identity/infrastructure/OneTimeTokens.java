package org.parity.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.OneTimeToken;

/** One-time tokens as stored with JPA, found by the hash of the secret a link carries. */
@Dependent
public class OneTimeTokens {

  @PersistenceContext EntityManager em;

  public void add(OneTimeToken token) {
    em.persist(token);
  }

  public Optional<OneTimeToken> bySecret(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery("OneTimeToken.findByHash", OneTimeToken.class)
        .setParameter("hash", OneTimeToken.hash(secret.trim()))
        .getResultStream()
        .findFirst();
  }

  /** Marks every unused token of this purpose used, so no earlier link works any more. */
  public void endUnused(Account account, OneTimeToken.Purpose purpose, Instant now) {
    em.createNamedQuery("OneTimeToken.endUnused")
        .setParameter("now", now)
        .setParameter("account", account)
        .setParameter("purpose", purpose)
        .executeUpdate();
  }
}
