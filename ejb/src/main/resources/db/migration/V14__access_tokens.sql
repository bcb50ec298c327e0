-- Personal access tokens for scripts and apps (Authorization: Bearer): named, read or write,
-- shown once and kept only as a hash, revocable.
CREATE SEQUENCE access_token_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE access_token (
  id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  scope VARCHAR(10) NOT NULL,
  token_hash VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  last_used_at DATETIME(6),
  revoked_at DATETIME(6),
  CONSTRAINT pk_access_token PRIMARY KEY (id),
  CONSTRAINT uq_access_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_access_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_access_token_account ON access_token (account_id);
