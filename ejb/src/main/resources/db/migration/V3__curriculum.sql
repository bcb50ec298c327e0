-- Curricula made of shared modules, with versions that go draft -> in review -> published -> retired.
-- Lists (learning outcomes, taxonomy codes) are stored one per line in a TEXT column: they are read
-- and written whole with their version, and a published version never changes.

CREATE SEQUENCE course_module_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE course_module (
  id BIGINT NOT NULL,
  slug VARCHAR(120) NOT NULL,
  owner_id BIGINT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT pk_course_module PRIMARY KEY (id),
  CONSTRAINT uq_course_module_slug UNIQUE (slug),
  CONSTRAINT fk_course_module_owner FOREIGN KEY (owner_id) REFERENCES organisation (id)
);

CREATE SEQUENCE module_version_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE module_version (
  id BIGINT NOT NULL,
  module_id BIGINT NOT NULL,
  number INT NOT NULL,
  status VARCHAR(20) NOT NULL,
  title VARCHAR(200) NOT NULL,
  summary TEXT NOT NULL,
  learning_outcomes TEXT NOT NULL,
  estimated_minutes INT NOT NULL,
  cpd_hours DECIMAL(5,2) NOT NULL,
  challenges VARCHAR(400) NOT NULL,
  priority_areas VARCHAR(400) NOT NULL,
  settings VARCHAR(400) NOT NULL,
  themes VARCHAR(400) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  published_at DATETIME(6),
  version BIGINT NOT NULL,
  CONSTRAINT pk_module_version PRIMARY KEY (id),
  CONSTRAINT uq_module_version_number UNIQUE (module_id, number),
  CONSTRAINT fk_module_version_module FOREIGN KEY (module_id) REFERENCES course_module (id)
);

CREATE SEQUENCE unit_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE unit (
  id BIGINT NOT NULL,
  module_version_id BIGINT NOT NULL,
  position INT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  title VARCHAR(200) NOT NULL,
  body TEXT,
  url VARCHAR(1000),
  pass_mark INT NOT NULL,
  question_count INT NOT NULL,
  max_attempts INT NOT NULL,
  CONSTRAINT pk_unit PRIMARY KEY (id),
  CONSTRAINT fk_unit_module_version FOREIGN KEY (module_version_id) REFERENCES module_version (id)
);

CREATE SEQUENCE question_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE question (
  id BIGINT NOT NULL,
  module_version_id BIGINT NOT NULL,
  position INT NOT NULL,
  question_key VARCHAR(60) NOT NULL,
  type VARCHAR(20) NOT NULL,
  text TEXT NOT NULL,
  CONSTRAINT pk_question PRIMARY KEY (id),
  CONSTRAINT fk_question_module_version FOREIGN KEY (module_version_id) REFERENCES module_version (id)
);

CREATE TABLE question_option (
  question_id BIGINT NOT NULL,
  position INT NOT NULL,
  text TEXT NOT NULL,
  correct BOOLEAN NOT NULL,
  feedback TEXT NOT NULL,
  CONSTRAINT pk_question_option PRIMARY KEY (question_id, position),
  CONSTRAINT fk_question_option_question FOREIGN KEY (question_id) REFERENCES question (id)
);

CREATE SEQUENCE curriculum_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE curriculum (
  id BIGINT NOT NULL,
  slug VARCHAR(120) NOT NULL,
  lead_publisher_id BIGINT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT pk_curriculum PRIMARY KEY (id),
  CONSTRAINT uq_curriculum_slug UNIQUE (slug),
  CONSTRAINT fk_curriculum_lead FOREIGN KEY (lead_publisher_id) REFERENCES organisation (id)
);

CREATE SEQUENCE curriculum_version_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE curriculum_version (
  id BIGINT NOT NULL,
  curriculum_id BIGINT NOT NULL,
  number INT NOT NULL,
  status VARCHAR(20) NOT NULL,
  title VARCHAR(200) NOT NULL,
  summary TEXT NOT NULL,
  learning_outcomes TEXT NOT NULL,
  professions VARCHAR(600) NOT NULL,
  challenges VARCHAR(400) NOT NULL,
  priority_areas VARCHAR(400) NOT NULL,
  settings VARCHAR(400) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  published_at DATETIME(6),
  version BIGINT NOT NULL,
  CONSTRAINT pk_curriculum_version PRIMARY KEY (id),
  CONSTRAINT uq_curriculum_version_number UNIQUE (curriculum_id, number),
  CONSTRAINT fk_curriculum_version_curriculum FOREIGN KEY (curriculum_id) REFERENCES curriculum (id)
);

CREATE TABLE curriculum_version_publisher (
  curriculum_version_id BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  position INT NOT NULL,
  CONSTRAINT pk_curriculum_version_publisher PRIMARY KEY (curriculum_version_id, position),
  CONSTRAINT fk_cvp_version FOREIGN KEY (curriculum_version_id) REFERENCES curriculum_version (id),
  CONSTRAINT fk_cvp_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- A curriculum version includes specific published module versions, in order.
CREATE TABLE curriculum_version_module (
  curriculum_version_id BIGINT NOT NULL,
  module_version_id BIGINT NOT NULL,
  position INT NOT NULL,
  CONSTRAINT pk_curriculum_version_module PRIMARY KEY (curriculum_version_id, position),
  CONSTRAINT fk_cvm_version FOREIGN KEY (curriculum_version_id) REFERENCES curriculum_version (id),
  CONSTRAINT fk_cvm_module_version FOREIGN KEY (module_version_id) REFERENCES module_version (id)
);

-- Who did what to which version, and why: the review history shown in the studio.
CREATE SEQUENCE review_event_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE review_event (
  id BIGINT NOT NULL,
  subject_type VARCHAR(20) NOT NULL,
  subject_id BIGINT NOT NULL,
  action VARCHAR(20) NOT NULL,
  actor VARCHAR(254) NOT NULL,
  comment TEXT,
  occurred_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_review_event PRIMARY KEY (id)
);
CREATE INDEX ix_review_event_subject ON review_event (subject_type, subject_id, occurred_at);
