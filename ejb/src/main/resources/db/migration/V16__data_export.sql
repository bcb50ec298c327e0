-- A person's copy of their data (/me/data, or an administrator answering a subject-access request):
-- made in the background, kept until it expires. The archive is at most a few MB: LONGBLOB.
CREATE SEQUENCE data_export_seq START WITH 1 INCREMENT BY 50 NOCACHE;

CREATE TABLE data_export (
  id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  requested_by VARCHAR(254) NOT NULL,
  reason VARCHAR(500),
  status VARCHAR(10) NOT NULL,
  parts_done INT NOT NULL,
  parts_total INT NOT NULL,
  requested_at DATETIME(6) NOT NULL,
  finished_at DATETIME(6),
  expires_at DATETIME(6),
  content LONGBLOB,
  size_bytes BIGINT,
  CONSTRAINT pk_data_export PRIMARY KEY (id),
  CONSTRAINT fk_data_export_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_data_export_requested_by ON data_export (requested_by, requested_at);
