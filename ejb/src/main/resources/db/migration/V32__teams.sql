-- Local teams inside a learning network: four or five people from one place who bring a local
-- problem. A member is kept by address, so an invitation works before the person has an account.
CREATE SEQUENCE team_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE team (
  id BIGINT NOT NULL,
  network_id BIGINT NOT NULL,
  name VARCHAR(120) NOT NULL,
  place VARCHAR(200) NOT NULL,
  problem VARCHAR(2000) NOT NULL,
  priority_areas VARCHAR(1000) NOT NULL,
  status VARCHAR(20) NOT NULL,
  created_by VARCHAR(254) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  closed_by VARCHAR(254),
  closed_at DATETIME(6),
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT pk_team PRIMARY KEY (id),
  CONSTRAINT fk_team_network FOREIGN KEY (network_id) REFERENCES learning_network (id)
);
CREATE INDEX ix_team_network ON team (network_id);

CREATE SEQUENCE team_member_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE team_member (
  id BIGINT NOT NULL,
  team_id BIGINT NOT NULL,
  email VARCHAR(254) NOT NULL,
  status VARCHAR(20) NOT NULL,
  is_lead BOOLEAN DEFAULT FALSE NOT NULL,
  invited_by VARCHAR(254) NOT NULL,
  invited_at DATETIME(6) NOT NULL,
  answered_at DATETIME(6),
  CONSTRAINT pk_team_member PRIMARY KEY (id),
  CONSTRAINT fk_team_member_team FOREIGN KEY (team_id) REFERENCES team (id),
  CONSTRAINT uq_team_member UNIQUE (team_id, email)
);
CREATE INDEX ix_team_member_email ON team_member (email);
