-- Search on OpenSearch (PARITY_SEARCH_BACKEND=opensearch) with Hibernate Search's outbox polling:
-- each transaction that changes an indexed entity writes an event here in the same commit, and the
-- node whose agent owns the event's shard sends it to OpenSearch, so every change reaches the shared
-- index once even when the node that made it dies after committing. The agents of all nodes share
-- the work through hsearch_agent. Hibernate Search 7.2's own layout (ORM's DDL for it, read on H2
-- and MariaDB), with index names of our own. Unused on the embedded Lucene default.
CREATE TABLE hsearch_outbox_event (
  id UUID NOT NULL,
  entity_name VARCHAR(256) NOT NULL,
  entity_id VARCHAR(256) NOT NULL,
  entity_id_hash INT NOT NULL,
  payload LONGBLOB NOT NULL,
  retries INT NOT NULL,
  process_after DATETIME(6) NOT NULL,
  status VARCHAR(20) NOT NULL,
  tenant_id VARCHAR(255),
  CONSTRAINT pk_hsearch_outbox_event PRIMARY KEY (id)
);
CREATE INDEX ix_hsearch_outbox_event_hash ON hsearch_outbox_event (entity_id_hash);
CREATE INDEX ix_hsearch_outbox_event_status ON hsearch_outbox_event (status);
CREATE INDEX ix_hsearch_outbox_event_after ON hsearch_outbox_event (process_after);

CREATE TABLE hsearch_agent (
  id UUID NOT NULL,
  type VARCHAR(40) NOT NULL,
  name VARCHAR(255) NOT NULL,
  expiration DATETIME(6) NOT NULL,
  state VARCHAR(20) NOT NULL,
  total_shard_count INT,
  assigned_shard_index INT,
  payload LONGBLOB,
  tenant_id VARCHAR(255),
  CONSTRAINT pk_hsearch_agent PRIMARY KEY (id)
);

-- Which version of the index mapping the shared index was built for: the node that records a new
-- version first rebuilds the index; the others leave it to that node. (Lucene keeps this beside its
-- files, since each node's Lucene index is its own.)
CREATE TABLE search_index_version (
  mapping_version VARCHAR(20) NOT NULL,
  built_by VARCHAR(200) NOT NULL,
  built_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_search_index_version PRIMARY KEY (mapping_version)
);
