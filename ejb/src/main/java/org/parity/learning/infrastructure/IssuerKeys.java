package org.parity.learning.infrastructure;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parity.identity.domain.Organisation;
import org.parity.learning.domain.IssuerKey;

/** The publishers' signing keys: one each, made at first use, the private half kept sealed. */
@Stateless
public class IssuerKeys {

  @PersistenceContext EntityManager em;
  @Inject KeySeal seal;
  @Inject Clock clock;
  @Resource SessionContext context;

  /** The publisher's signing key, made now if it has none. */
  public ECKey signingKey(Organisation publisher) {
    IssuerKeys self = context.getBusinessObject(IssuerKeys.class);
    IssuerKey stored =
        find(publisher)
            .orElseGet(
                () -> {
                  try {
                    return self.make(publisher.getId());
                  } catch (PersistenceException | jakarta.ejb.EJBException madeElsewhere) {
                    // Made by another request meanwhile: read it in a transaction that sees it.
                    return self.committed(publisher.getId()).orElseThrow(() -> madeElsewhere);
                  }
                });
    return parse(seal.open(stored.getSealedPrivateJwk(), stored.getKeyId())).toECKey();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<IssuerKey> committed(long publisherId) {
    return find(em.getReference(Organisation.class, publisherId));
  }

  /**
   * Made and committed on its own, so two first uses at once leave one key (the other re-reads).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public IssuerKey make(long publisherId) {
    ECKey key = OpenBadges.newKey(UUID.randomUUID().toString());
    IssuerKey stored =
        new IssuerKey(
            em.getReference(Organisation.class, publisherId),
            key.getKeyID(),
            "ES256",
            key.toPublicJWK().toJSONString(),
            seal.seal(key.toJSONString(), key.getKeyID()),
            clock.instant());
    em.persist(stored);
    em.flush();
    return stored;
  }

  /** Every publisher's public key, for the JWKS address and for verifying. */
  public JWKSet publicKeys() {
    List<JWK> keys = new ArrayList<>();
    for (String json :
        em.createQuery("select k.publicJwk from IssuerKey k order by k.id", String.class)
            .getResultList()) {
      keys.add(parse(json));
    }
    return new JWKSet(keys);
  }

  /** The publisher a key belongs to. */
  public Optional<Organisation> publisherOf(String keyId) {
    return em.createQuery(
            "select k.organisation from IssuerKey k where k.keyId = :id", Organisation.class)
        .setParameter("id", keyId)
        .getResultStream()
        .findFirst();
  }

  private Optional<IssuerKey> find(Organisation publisher) {
    return em.createQuery(
            "select k from IssuerKey k where k.organisation = :publisher", IssuerKey.class)
        .setParameter("publisher", publisher)
        .getResultStream()
        .findFirst();
  }

  private static JWK parse(String json) {
    try {
      return JWK.parse(json);
    } catch (ParseException e) {
      throw new IllegalStateException("A stored key cannot be read", e);
    }
  }
}
