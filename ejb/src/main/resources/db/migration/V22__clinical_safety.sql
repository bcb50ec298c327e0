-- Clinical safety in discussions: a flag says which kind of problem it reports; flags for unsafe
-- clinical advice or patient-identifiable information open a clinical review of the post, which the
-- network's clinical reviewers or facilitators answer within the network's set time.
ALTER TABLE post_flag ADD kind VARCHAR(30) DEFAULT 'OTHER' NOT NULL;

-- The post's standing, kept on the post so a page of posts reads it with the posts: UNDER_REVIEW,
-- then FINE, CORRECTED (with the reviewer's correction shown under the post) or HIDDEN.
ALTER TABLE forum_post ADD clinical_review VARCHAR(20);
ALTER TABLE forum_post ADD clinical_note VARCHAR(1000);

ALTER TABLE learning_network ADD clinical_review_hours INT DEFAULT 24 NOT NULL;
ALTER TABLE network_membership ADD clinical_reviewer BOOLEAN DEFAULT FALSE NOT NULL;

CREATE SEQUENCE clinical_review_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE clinical_review (
  id BIGINT NOT NULL,
  post_id BIGINT NOT NULL,
  opened_at DATETIME(6) NOT NULL,
  due_at DATETIME(6) NOT NULL,
  outcome VARCHAR(20),
  note VARCHAR(1000),
  decided_by_id BIGINT,
  decided_at DATETIME(6),
  CONSTRAINT pk_clinical_review PRIMARY KEY (id),
  CONSTRAINT fk_clinical_review_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
  CONSTRAINT fk_clinical_review_decided_by FOREIGN KEY (decided_by_id) REFERENCES account (id)
);
CREATE INDEX ix_clinical_review_open ON clinical_review (decided_at, due_at);
