-- Identity: accounts, roles, organisations, one-time tokens, sign-in throttling.
-- Portable SQL: the same script runs on H2 (embedded default) and MariaDB (production, CI).

CREATE SEQUENCE organisation_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE organisation (
  id BIGINT NOT NULL,
  slug VARCHAR(120) NOT NULL,
  name VARCHAR(200) NOT NULL,
  kind VARCHAR(30) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT pk_organisation PRIMARY KEY (id),
  CONSTRAINT uq_organisation_slug UNIQUE (slug)
);

CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE account (
  id BIGINT NOT NULL,
  email VARCHAR(254) NOT NULL,
  display_name VARCHAR(100) NOT NULL,
  profession VARCHAR(60) NOT NULL,
  organisation_name VARCHAR(200),
  registration_body VARCHAR(100),
  registration_number VARCHAR(40),
  region VARCHAR(60),
  password_hash VARCHAR(400) NOT NULL,
  must_change_password BOOLEAN DEFAULT FALSE NOT NULL,
  email_verified_at DATETIME(6),
  enabled BOOLEAN DEFAULT TRUE NOT NULL,
  created_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT pk_account PRIMARY KEY (id),
  CONSTRAINT uq_account_email UNIQUE (email)
);
CREATE INDEX ix_account_display_name ON account (display_name);

CREATE TABLE account_role (
  account_id BIGINT NOT NULL,
  role VARCHAR(30) NOT NULL,
  CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
  CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE account_organisation (
  account_id BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  CONSTRAINT pk_account_organisation PRIMARY KEY (account_id, organisation_id),
  CONSTRAINT fk_account_organisation_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_account_organisation_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE SEQUENCE one_time_token_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE one_time_token (
  id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  purpose VARCHAR(30) NOT NULL,
  token_hash VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  used_at DATETIME(6),
  CONSTRAINT pk_one_time_token PRIMARY KEY (id),
  CONSTRAINT uq_one_time_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_one_time_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- Keyed by the email typed, whether or not an account has it, so throttling reveals nothing.
CREATE SEQUENCE sign_in_throttle_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE sign_in_throttle (
  id BIGINT NOT NULL,
  email_key VARCHAR(254) NOT NULL,
  consecutive_failures INT NOT NULL,
  last_failure_at DATETIME(6),
  paused_until DATETIME(6),
  version BIGINT NOT NULL,
  CONSTRAINT pk_sign_in_throttle PRIMARY KEY (id),
  CONSTRAINT uq_sign_in_throttle_email UNIQUE (email_key)
);

-- Every mail Parity sends is written here first (in the sender's transaction), then delivered.
CREATE SEQUENCE outgoing_mail_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE outgoing_mail (
  id BIGINT NOT NULL,
  recipient VARCHAR(254) NOT NULL,
  subject VARCHAR(200) NOT NULL,
  body TEXT NOT NULL,
  action_url VARCHAR(1000),
  status VARCHAR(20) NOT NULL,
  attempts INT NOT NULL,
  last_error VARCHAR(1000),
  created_at DATETIME(6) NOT NULL,
  sent_at DATETIME(6),
  version BIGINT NOT NULL,
  CONSTRAINT pk_outgoing_mail PRIMARY KEY (id)
);
CREATE INDEX ix_outgoing_mail_status ON outgoing_mail (status, created_at);
