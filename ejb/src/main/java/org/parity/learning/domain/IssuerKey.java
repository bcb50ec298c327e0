package org.parity.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.parity.identity.domain.Organisation;

/**
 * A publisher's key for signing Open Badges credentials: the public half as a JWK, the private half
 * sealed (never stored in the clear).
 */
@Entity
public class IssuerKey {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issuer_key_seq")
  @SequenceGenerator(name = "issuer_key_seq", sequenceName = "issuer_key_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Organisation organisation;

  private String keyId;
  private String algorithm;
  private String publicJwk;
  private String sealedPrivateJwk;
  private Instant createdAt;

  protected IssuerKey() {}

  public IssuerKey(
      Organisation organisation,
      String keyId,
      String algorithm,
      String publicJwk,
      String sealedPrivateJwk,
      Instant now) {
    this.organisation = organisation;
    this.keyId = keyId;
    this.algorithm = algorithm;
    this.publicJwk = publicJwk;
    this.sealedPrivateJwk = sealedPrivateJwk;
    this.createdAt = now;
  }

  public String getKeyId() {
    return keyId;
  }

  public String getPublicJwk() {
    return publicJwk;
  }

  public String getSealedPrivateJwk() {
    return sealedPrivateJwk;
  }
}
