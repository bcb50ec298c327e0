-- Forum conversation tools and moderation: thread tags and links, locking and pinning, edits with
-- their history, "helpful" reactions, read markers, flags, suspensions and the moderation log.

ALTER TABLE forum_thread ADD COLUMN tags VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE forum_thread ADD COLUMN module_slug VARCHAR(120);
ALTER TABLE forum_thread ADD COLUMN case_study_slug VARCHAR(120);
ALTER TABLE forum_thread ADD COLUMN locked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE forum_thread ADD COLUMN pinned BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_forum_thread_pinned ON forum_thread (network_id, pinned, last_post_at);

ALTER TABLE forum_post ADD COLUMN edited_at DATETIME(6);
ALTER TABLE forum_post ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE forum_post ADD COLUMN helpful_count INT DEFAULT 0 NOT NULL;
ALTER TABLE forum_post ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX ix_forum_post_author ON forum_post (author_id, created_at);

-- What a post said before each edit; facilitators read it.
CREATE SEQUENCE forum_post_revision_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE forum_post_revision (
  id BIGINT NOT NULL,
  post_id BIGINT NOT NULL,
  markdown TEXT NOT NULL,
  written_at DATETIME(6) NOT NULL,
  replaced_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_forum_post_revision PRIMARY KEY (id),
  CONSTRAINT fk_forum_post_revision_post FOREIGN KEY (post_id) REFERENCES forum_post (id)
);
CREATE INDEX ix_forum_post_revision_post ON forum_post_revision (post_id);

CREATE TABLE forum_post_helpful (
  post_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  CONSTRAINT pk_forum_post_helpful PRIMARY KEY (post_id, account_id),
  CONSTRAINT fk_forum_post_helpful_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
  CONSTRAINT fk_forum_post_helpful_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- How far each member has read each thread, by post number.
CREATE TABLE forum_read_marker (
  thread_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  last_read INT NOT NULL,
  CONSTRAINT pk_forum_read_marker PRIMARY KEY (thread_id, account_id),
  CONSTRAINT fk_forum_read_marker_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
  CONSTRAINT fk_forum_read_marker_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE SEQUENCE post_flag_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE post_flag (
  id BIGINT NOT NULL,
  post_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  reason VARCHAR(500) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  resolved_at DATETIME(6),
  CONSTRAINT pk_post_flag PRIMARY KEY (id),
  CONSTRAINT uq_post_flag UNIQUE (post_id, account_id),
  CONSTRAINT fk_post_flag_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
  CONSTRAINT fk_post_flag_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_post_flag_open ON post_flag (resolved_at, created_at);

CREATE SEQUENCE network_suspension_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE network_suspension (
  id BIGINT NOT NULL,
  network_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  until_at DATETIME(6) NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  created_by VARCHAR(254) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  lifted_at DATETIME(6),
  CONSTRAINT pk_network_suspension PRIMARY KEY (id),
  CONSTRAINT fk_network_suspension_network FOREIGN KEY (network_id) REFERENCES learning_network (id),
  CONSTRAINT fk_network_suspension_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_network_suspension ON network_suspension (network_id, account_id, until_at);

-- Every moderation step: who, when, what and why. Rows are only ever added.
CREATE SEQUENCE moderation_action_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE moderation_action (
  id BIGINT NOT NULL,
  network_id BIGINT NOT NULL,
  actor VARCHAR(254) NOT NULL,
  action VARCHAR(20) NOT NULL,
  subject VARCHAR(300) NOT NULL,
  reason VARCHAR(1000),
  acted_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_moderation_action PRIMARY KEY (id),
  CONSTRAINT fk_moderation_action_network FOREIGN KEY (network_id) REFERENCES learning_network (id)
);
CREATE INDEX ix_moderation_action_network ON moderation_action (network_id, acted_at);
