-- A network's questions often asked: a facilitator promotes a discussion to an entry, quoting the
-- posts it uses; each quote is attributed to its author (read from their account when shown).
CREATE SEQUENCE faq_entry_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE faq_entry (
  id BIGINT NOT NULL,
  network_id BIGINT NOT NULL,
  question VARCHAR(300) NOT NULL,
  thread_id BIGINT,
  created_by VARCHAR(254) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_faq_entry PRIMARY KEY (id),
  CONSTRAINT fk_faq_entry_network FOREIGN KEY (network_id) REFERENCES learning_network (id),
  CONSTRAINT fk_faq_entry_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id)
);
CREATE INDEX ix_faq_entry_network ON faq_entry (network_id);

CREATE SEQUENCE faq_quote_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE faq_quote (
  id BIGINT NOT NULL,
  entry_id BIGINT NOT NULL,
  position INT NOT NULL,
  post_number INT NOT NULL,
  author_id BIGINT,
  body TEXT NOT NULL,
  CONSTRAINT pk_faq_quote PRIMARY KEY (id),
  CONSTRAINT fk_faq_quote_entry FOREIGN KEY (entry_id) REFERENCES faq_entry (id),
  CONSTRAINT fk_faq_quote_author FOREIGN KEY (author_id) REFERENCES account (id)
);
CREATE INDEX ix_faq_quote_entry ON faq_quote (entry_id);
