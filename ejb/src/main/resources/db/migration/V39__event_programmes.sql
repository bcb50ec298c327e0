-- Programmes of events: a facilitator plans a series (say, six monthly workshops) whose sessions
-- are the network's events; a team registers once for the series and its members are registered
-- for each session. Attendance reaches the CPD log by an event: the entry keeps the registration
-- it records, so marking again writes no second entry and unmarking finds it.
CREATE SEQUENCE event_programme_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE event_programme (
  id BIGINT NOT NULL,
  network_id BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  description VARCHAR(2000),
  created_by VARCHAR(254) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT pk_event_programme PRIMARY KEY (id),
  CONSTRAINT fk_event_programme_network FOREIGN KEY (network_id) REFERENCES learning_network (id)
);
CREATE INDEX ix_event_programme_network ON event_programme (network_id);

ALTER TABLE network_event ADD COLUMN programme_id BIGINT;
ALTER TABLE network_event ADD CONSTRAINT fk_network_event_programme FOREIGN KEY (programme_id) REFERENCES event_programme (id);
CREATE INDEX ix_network_event_programme ON network_event (programme_id);

CREATE SEQUENCE programme_team_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE programme_team (
  id BIGINT NOT NULL,
  programme_id BIGINT NOT NULL,
  team_id BIGINT NOT NULL,
  registered_by VARCHAR(254) NOT NULL,
  registered_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_programme_team PRIMARY KEY (id),
  CONSTRAINT uq_programme_team UNIQUE (programme_id, team_id),
  CONSTRAINT fk_programme_team_programme FOREIGN KEY (programme_id) REFERENCES event_programme (id),
  CONSTRAINT fk_programme_team_team FOREIGN KEY (team_id) REFERENCES team (id)
);

ALTER TABLE cpd_entry ADD COLUMN event_registration_id BIGINT;
UPDATE cpd_entry SET event_registration_id =
  (SELECT r.id FROM event_registration r WHERE r.cpd_entry_id = cpd_entry.id)
  WHERE source = 'EVENT';
CREATE INDEX ix_cpd_entry_event_registration ON cpd_entry (event_registration_id);
ALTER TABLE event_registration DROP COLUMN cpd_entry_id;
