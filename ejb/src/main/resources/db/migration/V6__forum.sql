-- Network forums: categories, threads and posts. A post keeps the Markdown its author wrote and the
-- sanitised HTML made from it, so pages never render untrusted markup.

CREATE SEQUENCE forum_category_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE forum_category (
  id BIGINT NOT NULL,
  network_id BIGINT NOT NULL,
  name VARCHAR(120) NOT NULL,
  description VARCHAR(500),
  position INT NOT NULL,
  CONSTRAINT pk_forum_category PRIMARY KEY (id),
  CONSTRAINT uq_forum_category_name UNIQUE (network_id, name),
  CONSTRAINT fk_forum_category_network FOREIGN KEY (network_id) REFERENCES learning_network (id)
);

CREATE SEQUENCE forum_thread_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE forum_thread (
  id BIGINT NOT NULL,
  network_id BIGINT NOT NULL,
  category_id BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  author_id BIGINT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  last_post_at DATETIME(6) NOT NULL,
  post_count INT NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT pk_forum_thread PRIMARY KEY (id),
  CONSTRAINT fk_forum_thread_network FOREIGN KEY (network_id) REFERENCES learning_network (id),
  CONSTRAINT fk_forum_thread_category FOREIGN KEY (category_id) REFERENCES forum_category (id),
  CONSTRAINT fk_forum_thread_author FOREIGN KEY (author_id) REFERENCES account (id)
);
CREATE INDEX ix_forum_thread_latest ON forum_thread (network_id, last_post_at);

CREATE SEQUENCE forum_post_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE forum_post (
  id BIGINT NOT NULL,
  thread_id BIGINT NOT NULL,
  number INT NOT NULL,
  author_id BIGINT NOT NULL,
  markdown TEXT NOT NULL,
  html TEXT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_forum_post PRIMARY KEY (id),
  CONSTRAINT uq_forum_post_number UNIQUE (thread_id, number),
  CONSTRAINT fk_forum_post_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
  CONSTRAINT fk_forum_post_author FOREIGN KEY (author_id) REFERENCES account (id)
);
