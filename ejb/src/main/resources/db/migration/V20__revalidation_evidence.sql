-- What regulators ask for besides CPD: practice hours, practice-related feedback, reflective
-- discussions (NMC), quality improvement activity and significant events (GMC), each with the
-- person's own reflection, kept beside the CPD log for the revalidation and appraisal exports.
CREATE SEQUENCE revalidation_evidence_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE revalidation_evidence (
  id BIGINT NOT NULL,
  learner_id BIGINT NOT NULL,
  kind VARCHAR(30) NOT NULL,
  occurred_on DATE NOT NULL,
  title VARCHAR(200) NOT NULL,
  hours DECIMAL(7,2),
  details TEXT,
  reflection TEXT,
  partner_name VARCHAR(200),
  partner_registration VARCHAR(40),
  created_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT pk_revalidation_evidence PRIMARY KEY (id),
  CONSTRAINT fk_revalidation_evidence_learner FOREIGN KEY (learner_id) REFERENCES account (id)
);
CREATE INDEX ix_revalidation_evidence_learner ON revalidation_evidence (learner_id, occurred_on);
