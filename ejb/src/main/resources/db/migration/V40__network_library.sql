-- A network's library: reports, papers, guidance, slides and recordings, each a PDF kept here or a
-- link (http or https), tagged with priority areas and perhaps with the network event it came from.
-- Facilitators add them; members suggest them (status SUGGESTED) for a facilitator to accept or
-- decline. A PDF's bytes live in a table of their own, so listing the library never reads them.
CREATE SEQUENCE library_resource_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE library_resource (
  id BIGINT NOT NULL,
  network_id BIGINT NOT NULL,
  event_id BIGINT,
  kind VARCHAR(20) NOT NULL,
  title VARCHAR(300) NOT NULL,
  authors VARCHAR(300),
  publisher VARCHAR(200),
  published_year INT,
  summary VARCHAR(600) NOT NULL,
  url VARCHAR(2000),
  file_name VARCHAR(200),
  media_type VARCHAR(60),
  size BIGINT,
  status VARCHAR(20) NOT NULL,
  added_by VARCHAR(254) NOT NULL,
  added_at DATETIME(6) NOT NULL,
  decided_by VARCHAR(254),
  decided_at DATETIME(6),
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT pk_library_resource PRIMARY KEY (id),
  CONSTRAINT fk_library_resource_network FOREIGN KEY (network_id) REFERENCES learning_network (id),
  CONSTRAINT fk_library_resource_event FOREIGN KEY (event_id) REFERENCES network_event (id)
);
CREATE INDEX ix_library_resource_network ON library_resource (network_id, status);
CREATE INDEX ix_library_resource_added_by ON library_resource (added_by);

CREATE TABLE library_resource_area (
  resource_id BIGINT NOT NULL,
  code VARCHAR(80) NOT NULL,
  CONSTRAINT pk_library_resource_area PRIMARY KEY (resource_id, code),
  CONSTRAINT fk_library_resource_area FOREIGN KEY (resource_id) REFERENCES library_resource (id)
);

CREATE SEQUENCE library_file_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE library_file (
  id BIGINT NOT NULL,
  resource_id BIGINT NOT NULL,
  content LONGBLOB NOT NULL,
  CONSTRAINT pk_library_file PRIMARY KEY (id),
  CONSTRAINT uq_library_file_resource UNIQUE (resource_id),
  CONSTRAINT fk_library_file_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id)
);
