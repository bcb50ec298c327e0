-- Learning-outcome frameworks that publishers publish (codes, titles, groups, a version), and how
-- modules' learning outcomes map to them. A published framework never changes: a new version is a
-- new framework.
CREATE SEQUENCE outcome_framework_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE outcome_framework (
  id BIGINT NOT NULL,
  owner_id BIGINT NOT NULL,
  slug VARCHAR(80) NOT NULL,
  title VARCHAR(300) NOT NULL,
  version_label VARCHAR(40) NOT NULL,
  created_by VARCHAR(254) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  published_at DATETIME(6),
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT pk_outcome_framework PRIMARY KEY (id),
  CONSTRAINT fk_outcome_framework_owner FOREIGN KEY (owner_id) REFERENCES organisation (id),
  CONSTRAINT uq_outcome_framework UNIQUE (owner_id, slug, version_label)
);

CREATE SEQUENCE framework_outcome_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE framework_outcome (
  id BIGINT NOT NULL,
  framework_id BIGINT NOT NULL,
  position INT NOT NULL,
  code VARCHAR(40) NOT NULL,
  group_name VARCHAR(120) NOT NULL,
  title VARCHAR(300) NOT NULL,
  CONSTRAINT pk_framework_outcome PRIMARY KEY (id),
  CONSTRAINT fk_framework_outcome_framework FOREIGN KEY (framework_id)
    REFERENCES outcome_framework (id),
  CONSTRAINT uq_framework_outcome UNIQUE (framework_id, code)
);

-- A module's learning outcome, by its wording, mapped to a framework's outcome: proposed by an
-- editor of the module's or the framework's publisher, accepted or declined by the framework's
-- owner. Keyed by wording, so a new version that keeps an outcome's words keeps its mappings.
CREATE SEQUENCE outcome_mapping_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE outcome_mapping (
  id BIGINT NOT NULL,
  module_id BIGINT NOT NULL,
  module_outcome VARCHAR(500) NOT NULL,
  outcome_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  proposed_by VARCHAR(254) NOT NULL,
  proposed_at DATETIME(6) NOT NULL,
  reviewed_by VARCHAR(254),
  reviewed_at DATETIME(6),
  review_comment VARCHAR(1000),
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT pk_outcome_mapping PRIMARY KEY (id),
  CONSTRAINT fk_outcome_mapping_module FOREIGN KEY (module_id) REFERENCES course_module (id),
  CONSTRAINT fk_outcome_mapping_outcome FOREIGN KEY (outcome_id) REFERENCES framework_outcome (id)
);
CREATE INDEX ix_outcome_mapping_module ON outcome_mapping (module_id);
CREATE INDEX ix_outcome_mapping_outcome ON outcome_mapping (outcome_id, status);

-- What a certificate's holder met, per framework, as it stood when the certificate was issued.
ALTER TABLE certificate ADD COLUMN outcomes_met TEXT;
