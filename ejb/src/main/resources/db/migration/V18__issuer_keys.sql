-- Each publisher's key for signing Open Badges 3.0 credentials, made at first use: the public half
-- as a JWK (published at the JWKS address), the private half sealed with the key from configuration
-- (AES-GCM), so a copy of the database alone cannot sign.
CREATE SEQUENCE issuer_key_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE issuer_key (
  id BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  key_id VARCHAR(64) NOT NULL,
  algorithm VARCHAR(10) NOT NULL,
  public_jwk TEXT NOT NULL,
  sealed_private_jwk TEXT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_issuer_key PRIMARY KEY (id),
  CONSTRAINT uq_issuer_key_organisation UNIQUE (organisation_id),
  CONSTRAINT uq_issuer_key_id UNIQUE (key_id),
  CONSTRAINT fk_issuer_key_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
