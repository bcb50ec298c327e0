-- A team's enrolment: its lead enrols the whole team on one published version of a curriculum or
-- a module, and everyone who joins later is enrolled on that version too.
CREATE SEQUENCE team_enrolment_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE team_enrolment (
  id BIGINT NOT NULL,
  team_id BIGINT NOT NULL,
  curriculum_version_id BIGINT,
  module_version_id BIGINT,
  enrolled_by VARCHAR(254) NOT NULL,
  enrolled_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_team_enrolment PRIMARY KEY (id),
  CONSTRAINT fk_team_enrolment_team FOREIGN KEY (team_id) REFERENCES team (id),
  CONSTRAINT fk_team_enrolment_curriculum FOREIGN KEY (curriculum_version_id) REFERENCES curriculum_version (id),
  CONSTRAINT fk_team_enrolment_module FOREIGN KEY (module_version_id) REFERENCES module_version (id)
);
CREATE INDEX ix_team_enrolment_team ON team_enrolment (team_id);

-- What the bell tells a person that is not about a post (a forum notification is): for now, that
-- their team enrolled them. kind names the message; the actor (by address, named when shown),
-- subject and place fill it in.
CREATE SEQUENCE notice_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE notice (
  id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  kind VARCHAR(30) NOT NULL,
  actor_email VARCHAR(254) NOT NULL,
  subject VARCHAR(300) NOT NULL,
  place VARCHAR(300) NOT NULL,
  link VARCHAR(500) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  read_at DATETIME(6),
  CONSTRAINT pk_notice PRIMARY KEY (id),
  CONSTRAINT fk_notice_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_notice_account ON notice (account_id, created_at);
