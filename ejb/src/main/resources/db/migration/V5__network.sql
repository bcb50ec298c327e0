-- Learning networks and who belongs to them. Forums, notifications, moderation and events follow.

CREATE SEQUENCE learning_network_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE learning_network (
  id BIGINT NOT NULL,
  slug VARCHAR(120) NOT NULL,
  name VARCHAR(200) NOT NULL,
  description TEXT NOT NULL,
  access VARCHAR(10) NOT NULL,
  challenges VARCHAR(400) NOT NULL,
  priority_areas VARCHAR(400) NOT NULL,
  settings VARCHAR(400) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  latest_activity_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT pk_learning_network PRIMARY KEY (id),
  CONSTRAINT uq_learning_network_slug UNIQUE (slug)
);

-- One row a person and network: a request, a membership, or one that ended; kept for the record.
CREATE SEQUENCE network_membership_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE network_membership (
  id BIGINT NOT NULL,
  network_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  status VARCHAR(10) NOT NULL,
  role VARCHAR(12) NOT NULL,
  visible_in_directory BOOLEAN NOT NULL,
  requested_at DATETIME(6) NOT NULL,
  decided_at DATETIME(6),
  decided_by VARCHAR(254),
  decision_message TEXT,
  version BIGINT NOT NULL,
  CONSTRAINT pk_network_membership PRIMARY KEY (id),
  CONSTRAINT uq_network_membership UNIQUE (network_id, account_id),
  CONSTRAINT fk_network_membership_network FOREIGN KEY (network_id) REFERENCES learning_network (id),
  CONSTRAINT fk_network_membership_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_network_membership_status ON network_membership (network_id, status);
