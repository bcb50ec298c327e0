-- Learners' enrolments, pinned to one published version, with their progress, quiz attempts,
-- completions, certificates and learning record (xAPI statements).

CREATE SEQUENCE enrolment_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE enrolment (
  id BIGINT NOT NULL,
  learner_id BIGINT NOT NULL,
  curriculum_version_id BIGINT,
  module_version_id BIGINT,
  enrolled_at DATETIME(6) NOT NULL,
  last_unit_id BIGINT,
  last_activity_at DATETIME(6) NOT NULL,
  completed_at DATETIME(6),
  version BIGINT NOT NULL,
  CONSTRAINT pk_enrolment PRIMARY KEY (id),
  CONSTRAINT fk_enrolment_learner FOREIGN KEY (learner_id) REFERENCES account (id),
  CONSTRAINT fk_enrolment_curriculum_version FOREIGN KEY (curriculum_version_id) REFERENCES curriculum_version (id),
  CONSTRAINT fk_enrolment_module_version FOREIGN KEY (module_version_id) REFERENCES module_version (id)
);
CREATE INDEX ix_enrolment_learner ON enrolment (learner_id, last_activity_at);

-- A unit done within an enrolment; keyed by unit so that moving to a newer curriculum version keeps
-- the credit for every module version the two share.
CREATE SEQUENCE unit_progress_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE unit_progress (
  id BIGINT NOT NULL,
  enrolment_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  reflection TEXT,
  saved_at DATETIME(6) NOT NULL,
  done_at DATETIME(6),
  CONSTRAINT pk_unit_progress PRIMARY KEY (id),
  CONSTRAINT uq_unit_progress UNIQUE (enrolment_id, unit_id),
  CONSTRAINT fk_unit_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
  CONSTRAINT fk_unit_progress_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);

CREATE SEQUENCE quiz_attempt_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE quiz_attempt (
  id BIGINT NOT NULL,
  enrolment_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  number INT NOT NULL,
  started_at DATETIME(6) NOT NULL,
  submitted_at DATETIME(6),
  score INT NOT NULL,
  question_total INT NOT NULL,
  passed BOOLEAN NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT pk_quiz_attempt PRIMARY KEY (id),
  CONSTRAINT uq_quiz_attempt_number UNIQUE (enrolment_id, unit_id, number),
  CONSTRAINT fk_quiz_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
  CONSTRAINT fk_quiz_attempt_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);

-- One row per question drawn into an attempt: each answer is its own row, so answers given in two
-- tabs at once to different questions never overwrite each other.
CREATE SEQUENCE attempt_question_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE attempt_question (
  id BIGINT NOT NULL,
  attempt_id BIGINT NOT NULL,
  position INT NOT NULL,
  question_id BIGINT NOT NULL,
  option_order VARCHAR(100) NOT NULL,
  selected VARCHAR(100),
  answered_at DATETIME(6),
  CONSTRAINT pk_attempt_question PRIMARY KEY (id),
  CONSTRAINT uq_attempt_question UNIQUE (attempt_id, question_id),
  CONSTRAINT fk_attempt_question_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id),
  CONSTRAINT fk_attempt_question_question FOREIGN KEY (question_id) REFERENCES question (id)
);

CREATE SEQUENCE certificate_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE certificate (
  id BIGINT NOT NULL,
  code VARCHAR(20) NOT NULL,
  learner_id BIGINT NOT NULL,
  enrolment_id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  subject_version_id BIGINT NOT NULL,
  learner_name VARCHAR(200) NOT NULL,
  title VARCHAR(200) NOT NULL,
  version_number INT NOT NULL,
  publishers VARCHAR(1000) NOT NULL,
  cpd_hours DECIMAL(6,2) NOT NULL,
  issued_at DATETIME(6) NOT NULL,
  revoked_at DATETIME(6),
  revoked_reason VARCHAR(500),
  CONSTRAINT pk_certificate PRIMARY KEY (id),
  CONSTRAINT uq_certificate_code UNIQUE (code),
  CONSTRAINT uq_certificate_subject UNIQUE (enrolment_id, kind, subject_version_id),
  CONSTRAINT fk_certificate_learner FOREIGN KEY (learner_id) REFERENCES account (id),
  CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);

-- The learning record: xAPI 1.0.3 statements as sent, and whether the external store has them.
CREATE SEQUENCE learning_statement_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE learning_statement (
  id BIGINT NOT NULL,
  statement_id VARCHAR(36) NOT NULL,
  learner_id BIGINT NOT NULL,
  verb VARCHAR(40) NOT NULL,
  activity_id VARCHAR(500) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  body TEXT NOT NULL,
  forwarded_at DATETIME(6),
  forward_attempts INT NOT NULL,
  CONSTRAINT pk_learning_statement PRIMARY KEY (id),
  CONSTRAINT uq_learning_statement UNIQUE (statement_id),
  CONSTRAINT fk_learning_statement_learner FOREIGN KEY (learner_id) REFERENCES account (id)
);
CREATE INDEX ix_learning_statement_learner ON learning_statement (learner_id, recorded_at);

-- The CPD log: entries from completions (and, once networks land, event attendance) or added by
-- hand, each with an optional reflective account in the revalidation structure.
CREATE SEQUENCE cpd_entry_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE cpd_entry (
  id BIGINT NOT NULL,
  learner_id BIGINT NOT NULL,
  source VARCHAR(20) NOT NULL,
  title VARCHAR(200) NOT NULL,
  provider VARCHAR(200),
  activity_date DATE NOT NULL,
  hours DECIMAL(6,2) NOT NULL,
  certificate_code VARCHAR(20),
  what_happened TEXT,
  what_learned TEXT,
  how_changed TEXT,
  code_standard VARCHAR(300),
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT pk_cpd_entry PRIMARY KEY (id),
  CONSTRAINT fk_cpd_entry_learner FOREIGN KEY (learner_id) REFERENCES account (id)
);
CREATE INDEX ix_cpd_entry_learner ON cpd_entry (learner_id, activity_date);

CREATE TABLE cpd_target (
  learner_id BIGINT NOT NULL,
  hours_per_year DECIMAL(6,2) NOT NULL,
  CONSTRAINT pk_cpd_target PRIMARY KEY (learner_id),
  CONSTRAINT fk_cpd_target_learner FOREIGN KEY (learner_id) REFERENCES account (id)
);
