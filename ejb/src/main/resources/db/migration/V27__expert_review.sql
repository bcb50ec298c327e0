-- Review steps a publisher chooses: clinical and lived-experience review before a PUBLISHER
-- approves. A publisher without a row asks for neither.
CREATE TABLE required_reviews (
  organisation_id BIGINT NOT NULL,
  module_clinical BOOLEAN DEFAULT FALSE NOT NULL,
  module_lived_experience BOOLEAN DEFAULT FALSE NOT NULL,
  curriculum_clinical BOOLEAN DEFAULT FALSE NOT NULL,
  curriculum_lived_experience BOOLEAN DEFAULT FALSE NOT NULL,
  changed_by VARCHAR(254),
  changed_at DATETIME(6),
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT pk_required_reviews PRIMARY KEY (organisation_id),
  CONSTRAINT fk_required_reviews_organisation FOREIGN KEY (organisation_id)
    REFERENCES organisation (id)
);

-- The people a publisher invited to review for it, by address: the invitation works before they
-- have an account.
CREATE SEQUENCE publisher_reviewer_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE publisher_reviewer (
  id BIGINT NOT NULL,
  publisher_id BIGINT NOT NULL,
  email VARCHAR(254) NOT NULL,
  kind VARCHAR(30) NOT NULL,
  appointed_by VARCHAR(254) NOT NULL,
  appointed_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_publisher_reviewer PRIMARY KEY (id),
  CONSTRAINT fk_publisher_reviewer_publisher FOREIGN KEY (publisher_id)
    REFERENCES organisation (id),
  CONSTRAINT uq_publisher_reviewer UNIQUE (publisher_id, email, kind)
);
CREATE INDEX ix_publisher_reviewer_email ON publisher_reviewer (email);

-- A clinical or lived-experience review of a module or curriculum version; superseded when the
-- version goes back to its editors.
CREATE SEQUENCE expert_review_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE expert_review (
  id BIGINT NOT NULL,
  subject_type VARCHAR(20) NOT NULL,
  subject_id BIGINT NOT NULL,
  kind VARCHAR(30) NOT NULL,
  reviewer_email VARCHAR(254) NOT NULL,
  checklist VARCHAR(500) NOT NULL,
  comment VARCHAR(4000),
  reviewed_at DATETIME(6) NOT NULL,
  superseded BOOLEAN DEFAULT FALSE NOT NULL,
  CONSTRAINT pk_expert_review PRIMARY KEY (id)
);
CREATE INDEX ix_expert_review_subject ON expert_review (subject_type, subject_id);
