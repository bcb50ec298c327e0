-- Network events: talks, webinars and meetings a network's facilitators arrange, their speakers
-- (people from outside Parity need no account), and who registered, waits for a place or came.
-- Times are stored as instants (UTC); the zone the event was planned in is kept beside them so pages
-- and calendars show the times as the organiser meant them.

CREATE SEQUENCE network_event_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE network_event (
  id BIGINT NOT NULL,
  network_id BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  description TEXT,
  starts_at DATETIME(6) NOT NULL,
  ends_at DATETIME(6) NOT NULL,
  time_zone VARCHAR(64) NOT NULL,
  online_url VARCHAR(500),
  venue VARCHAR(500),
  capacity INT NOT NULL,
  status VARCHAR(10) NOT NULL,
  cancellation_reason TEXT,
  cancelled_at DATETIME(6),
  created_by_id BIGINT,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  calendar_sequence INT NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT pk_network_event PRIMARY KEY (id),
  CONSTRAINT fk_network_event_network FOREIGN KEY (network_id) REFERENCES learning_network (id),
  CONSTRAINT fk_network_event_created_by FOREIGN KEY (created_by_id) REFERENCES account (id)
);
CREATE INDEX ix_network_event_ends ON network_event (network_id, ends_at);

CREATE SEQUENCE event_speaker_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE event_speaker (
  id BIGINT NOT NULL,
  event_id BIGINT NOT NULL,
  position INT NOT NULL,
  name VARCHAR(200) NOT NULL,
  affiliation VARCHAR(200),
  bio TEXT,
  account_id BIGINT,
  CONSTRAINT pk_event_speaker PRIMARY KEY (id),
  CONSTRAINT fk_event_speaker_event FOREIGN KEY (event_id) REFERENCES network_event (id),
  CONSTRAINT fk_event_speaker_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- One row a person and event, reused when they register again after cancelling. The waiting list
-- is in order of requested_at. cpd_entry_id names the CPD log entry attendance wrote (the learning
-- context's row, referred to by id only).
CREATE SEQUENCE event_registration_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE event_registration (
  id BIGINT NOT NULL,
  event_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  status VARCHAR(10) NOT NULL,
  requested_at DATETIME(6) NOT NULL,
  confirmed_at DATETIME(6),
  cancelled_at DATETIME(6),
  attended BOOLEAN NOT NULL,
  attendance_marked_at DATETIME(6),
  cpd_entry_id BIGINT,
  version BIGINT NOT NULL,
  CONSTRAINT pk_event_registration PRIMARY KEY (id),
  CONSTRAINT uq_event_registration UNIQUE (event_id, account_id),
  CONSTRAINT fk_event_registration_event FOREIGN KEY (event_id) REFERENCES network_event (id),
  CONSTRAINT fk_event_registration_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_event_registration_status ON event_registration (event_id, status, requested_at);
