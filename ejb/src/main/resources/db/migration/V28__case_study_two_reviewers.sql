-- Two people publish a case study: one reviewer checks the submission, another publishes it.
ALTER TABLE case_study_revision ADD checked_by VARCHAR(254);
ALTER TABLE case_study_revision ADD checked_at DATETIME(6);
