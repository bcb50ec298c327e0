-- The security audit log: who signed in or failed to, lockouts, resets, second factors, role and
-- organisation changes, disabling, accounts made through the API. Append-only: Parity never
-- updates or deletes a row. Never a password, a token or a link.
CREATE SEQUENCE security_event_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE security_event (
  id BIGINT NOT NULL,
  occurred_at DATETIME(6) NOT NULL,
  kind VARCHAR(40) NOT NULL,
  actor VARCHAR(254),
  subject VARCHAR(254),
  client_address VARCHAR(64),
  detail VARCHAR(500),
  CONSTRAINT pk_security_event PRIMARY KEY (id)
);
CREATE INDEX ix_security_event_occurred ON security_event (occurred_at);
CREATE INDEX ix_security_event_subject ON security_event (subject);
