-- Consent before co-badging: a curriculum shows another publisher's badge only once one of that
-- publisher's PUBLISHERs has accepted; either side may withdraw it with a reason. One row per
-- request; at most one is live (ASKED or ACCEPTED) for a curriculum and publisher at a time.
CREATE SEQUENCE co_badge_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE co_badge (
  id BIGINT NOT NULL,
  curriculum_id BIGINT NOT NULL,
  publisher_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  asked_by VARCHAR(254) NOT NULL,
  asked_at DATETIME(6) NOT NULL,
  answered_by VARCHAR(254),
  answered_at DATETIME(6),
  withdrawn_by VARCHAR(254),
  withdrawn_at DATETIME(6),
  reason VARCHAR(1000),
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT pk_co_badge PRIMARY KEY (id),
  CONSTRAINT fk_co_badge_curriculum FOREIGN KEY (curriculum_id) REFERENCES curriculum (id),
  CONSTRAINT fk_co_badge_publisher FOREIGN KEY (publisher_id) REFERENCES organisation (id)
);
CREATE INDEX ix_co_badge_curriculum ON co_badge (curriculum_id, status);
CREATE INDEX ix_co_badge_publisher ON co_badge (publisher_id, status);

-- Badges shown before consent was asked count as accepted. Negative ids, one per curriculum and
-- publisher, so they never meet the ones the sequence hands out.
INSERT INTO co_badge (id, curriculum_id, publisher_id, status, asked_by, asked_at, answered_by,
                      answered_at, version)
SELECT DISTINCT -(v.curriculum_id * 1000000 + p.organisation_id), v.curriculum_id,
       p.organisation_id, 'ACCEPTED', 'Parity', c.created_at, 'Parity', c.created_at, 0
FROM curriculum_version_publisher p
JOIN curriculum_version v ON v.id = p.curriculum_version_id
JOIN curriculum c ON c.id = v.curriculum_id
WHERE p.position > 0;
