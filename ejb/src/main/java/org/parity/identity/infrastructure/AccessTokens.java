package org.parity.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parity.identity.domain.AccessToken;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.OneTimeToken;

/** Personal access tokens as stored with JPA, found by the hash of the secret presented. */
@Dependent
public class AccessTokens {

  @PersistenceContext EntityManager em;

  public void add(AccessToken token) {
    em.persist(token);
  }

  public Optional<AccessToken> bySecret(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 200) {
      return Optional.empty();
    }
    return em.createNamedQuery("AccessToken.byHash", AccessToken.class)
        .setParameter("hash", OneTimeToken.hash(secret.strip()))
        .getResultStream()
        .findFirst();
  }

  public List<AccessToken> of(Account account) {
    return em.createNamedQuery("AccessToken.of", AccessToken.class)
        .setParameter("account", account)
        .getResultList();
  }

  public Optional<AccessToken> byId(long id) {
    return Optional.ofNullable(em.find(AccessToken.class, id));
  }
}
