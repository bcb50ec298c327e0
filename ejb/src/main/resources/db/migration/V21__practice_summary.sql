-- A person's summary of their practice, in their words (the HCPC's CPD profile asks for one of up
-- to 500 words).
CREATE TABLE practice_summary (
  learner_id BIGINT NOT NULL,
  summary TEXT NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_practice_summary PRIMARY KEY (learner_id),
  CONSTRAINT fk_practice_summary_learner FOREIGN KEY (learner_id) REFERENCES account (id)
);
