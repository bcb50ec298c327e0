-- A team's improvement plan: the problem, a measurable aim, outcome measures, actions with an owner
-- and a due date, and dated status updates. A lead marks it done and turns it into a case-study
-- draft, whose co-authors (the team's members) each agree or decline to be named.
CREATE SEQUENCE action_plan_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE action_plan (
  id BIGINT NOT NULL,
  team_id BIGINT NOT NULL,
  problem VARCHAR(2000) NOT NULL,
  aim VARCHAR(1000) NOT NULL,
  measures VARCHAR(2000) NOT NULL,
  status VARCHAR(20) NOT NULL,
  written_by VARCHAR(254) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  done_by VARCHAR(254),
  done_at DATETIME(6),
  case_study_slug VARCHAR(200),
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT pk_action_plan PRIMARY KEY (id),
  CONSTRAINT uq_action_plan_team UNIQUE (team_id),
  CONSTRAINT fk_action_plan_team FOREIGN KEY (team_id) REFERENCES team (id)
);

CREATE SEQUENCE plan_action_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE plan_action (
  id BIGINT NOT NULL,
  plan_id BIGINT NOT NULL,
  description VARCHAR(500) NOT NULL,
  owner VARCHAR(254) NOT NULL,
  due DATE NOT NULL,
  done_on DATE,
  added_by VARCHAR(254) NOT NULL,
  added_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_plan_action PRIMARY KEY (id),
  CONSTRAINT fk_plan_action_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id)
);
CREATE INDEX ix_plan_action_plan ON plan_action (plan_id);

CREATE SEQUENCE plan_update_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE plan_update (
  id BIGINT NOT NULL,
  plan_id BIGINT NOT NULL,
  action_id BIGINT,
  body VARCHAR(2000) NOT NULL,
  written_by VARCHAR(254) NOT NULL,
  written_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_plan_update PRIMARY KEY (id),
  CONSTRAINT fk_plan_update_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
  CONSTRAINT fk_plan_update_action FOREIGN KEY (action_id) REFERENCES plan_action (id)
);
CREATE INDEX ix_plan_update_plan ON plan_update (plan_id);

CREATE SEQUENCE case_study_co_author_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE case_study_co_author (
  id BIGINT NOT NULL,
  case_study_id BIGINT NOT NULL,
  email VARCHAR(254) NOT NULL,
  status VARCHAR(20) NOT NULL,
  asked_at DATETIME(6) NOT NULL,
  answered_at DATETIME(6),
  CONSTRAINT pk_case_study_co_author PRIMARY KEY (id),
  CONSTRAINT uq_case_study_co_author UNIQUE (case_study_id, email),
  CONSTRAINT fk_co_author_study FOREIGN KEY (case_study_id) REFERENCES case_study (id)
);
CREATE INDEX ix_co_author_email ON case_study_co_author (email);
