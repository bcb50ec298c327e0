-- Case studies: what the public sees (case_study), every draft, submission and earlier published text
-- (case_study_revision), reviewers' notes (case_study_comment) and attached PDFs and images.
-- Lists of taxonomy codes, contacts and module slugs are stored one per line.

CREATE SEQUENCE case_study_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE case_study (
  id BIGINT NOT NULL,
  slug VARCHAR(120) NOT NULL,
  author_email VARCHAR(254) NOT NULL,
  published BOOLEAN NOT NULL,
  title VARCHAR(200),
  summary TEXT,
  setting TEXT,
  population TEXT,
  problem TEXT,
  intervention TEXT,
  outcomes TEXT,
  costs TEXT,
  lessons TEXT,
  organisation VARCHAR(200),
  region VARCHAR(60),
  contacts TEXT,
  challenges VARCHAR(400),
  priority_areas VARCHAR(400),
  professions VARCHAR(600),
  settings VARCHAR(400),
  module_slugs TEXT,
  published_on DATE,
  created_at DATETIME(6) NOT NULL,
  last_updated_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT pk_case_study PRIMARY KEY (id),
  CONSTRAINT uq_case_study_slug UNIQUE (slug)
);
CREATE INDEX ix_case_study_published ON case_study (published, published_on);

CREATE SEQUENCE case_study_revision_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE case_study_revision (
  id BIGINT NOT NULL,
  case_study_id BIGINT NOT NULL,
  number INT NOT NULL,
  status VARCHAR(20) NOT NULL,
  author_email VARCHAR(254) NOT NULL,
  title VARCHAR(200),
  summary TEXT,
  setting TEXT,
  population TEXT,
  problem TEXT,
  intervention TEXT,
  outcomes TEXT,
  costs TEXT,
  lessons TEXT,
  organisation VARCHAR(200),
  region VARCHAR(60),
  contacts TEXT,
  challenges VARCHAR(400),
  priority_areas VARCHAR(400),
  professions VARCHAR(600),
  settings VARCHAR(400),
  module_slugs TEXT,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  submitted_at DATETIME(6),
  decided_at DATETIME(6),
  decided_by VARCHAR(254),
  version BIGINT NOT NULL,
  CONSTRAINT pk_case_study_revision PRIMARY KEY (id),
  CONSTRAINT uq_case_study_revision_number UNIQUE (case_study_id, number),
  CONSTRAINT fk_case_study_revision_study FOREIGN KEY (case_study_id) REFERENCES case_study (id)
);
CREATE INDEX ix_case_study_revision_status ON case_study_revision (status, submitted_at);
CREATE INDEX ix_case_study_revision_author ON case_study_revision (author_email);

CREATE SEQUENCE case_study_comment_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE case_study_comment (
  id BIGINT NOT NULL,
  revision_id BIGINT NOT NULL,
  reviewer_email VARCHAR(254) NOT NULL,
  body TEXT NOT NULL,
  changes_requested BOOLEAN NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_case_study_comment PRIMARY KEY (id),
  CONSTRAINT fk_case_study_comment_revision FOREIGN KEY (revision_id) REFERENCES case_study_revision (id)
);

-- Files up to 5 MB: LONGBLOB, which both MariaDB and H2 accept (BLOB is only 64 KB on MariaDB).
CREATE SEQUENCE case_study_attachment_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE case_study_attachment (
  id BIGINT NOT NULL,
  case_study_id BIGINT NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  media_type VARCHAR(60) NOT NULL,
  size BIGINT NOT NULL,
  content LONGBLOB NOT NULL,
  uploaded_by VARCHAR(254) NOT NULL,
  uploaded_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_case_study_attachment PRIMARY KEY (id),
  CONSTRAINT fk_case_study_attachment_study FOREIGN KEY (case_study_id) REFERENCES case_study (id)
);
