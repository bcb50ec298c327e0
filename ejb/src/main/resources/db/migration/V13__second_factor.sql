-- A second factor: a TOTP secret (RFC 6238) confirmed by the owner, the last time step used (a code
-- works once), and ten single-use recovery codes, kept as hashes.
ALTER TABLE account ADD totp_secret VARCHAR(64);
ALTER TABLE account ADD totp_enabled_at DATETIME(6);
ALTER TABLE account ADD totp_last_step BIGINT DEFAULT 0 NOT NULL;

CREATE SEQUENCE recovery_code_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE recovery_code (
  id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  code_hash VARCHAR(64) NOT NULL,
  used_at DATETIME(6),
  CONSTRAINT pk_recovery_code PRIMARY KEY (id),
  CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_recovery_code_account ON recovery_code (account_id);
