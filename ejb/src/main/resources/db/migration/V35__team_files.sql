-- A team's files: PDFs and images its members share, by the case-study upload rules (type from the
-- bytes, at most 5 MB), read only by the team and the network's facilitators.
CREATE SEQUENCE team_file_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE team_file (
  id BIGINT NOT NULL,
  team_id BIGINT NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  media_type VARCHAR(60) NOT NULL,
  size BIGINT NOT NULL,
  content LONGBLOB NOT NULL,
  uploaded_by VARCHAR(254) NOT NULL,
  uploaded_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_team_file PRIMARY KEY (id),
  CONSTRAINT fk_team_file_team FOREIGN KEY (team_id) REFERENCES team (id)
);
CREATE INDEX ix_team_file_team ON team_file (team_id);
