-- Forum notifications: what each member follows, what they were told (the bell), and how they want
-- to hear of it by mail. A member is told of a post once, however many ways they follow it.

-- A member follows a thread, a category (new threads and replies in it) or a whole network.
-- target_id names a forum_thread, forum_category or learning_network row by target_type.
CREATE SEQUENCE forum_subscription_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE forum_subscription (
  id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  target_type VARCHAR(10) NOT NULL,
  target_id BIGINT NOT NULL,
  network_id BIGINT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_forum_subscription PRIMARY KEY (id),
  CONSTRAINT uq_forum_subscription UNIQUE (account_id, target_type, target_id),
  CONSTRAINT fk_forum_subscription_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_forum_subscription_network FOREIGN KEY (network_id) REFERENCES learning_network (id)
);
CREATE INDEX ix_forum_subscription_target ON forum_subscription (target_type, target_id);

-- What the bell shows. mail_state: NONE (no mail), SENT (mailed at once), DIGEST (waits for the
-- daily digest), DIGESTED (went out in one).
CREATE SEQUENCE forum_notification_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE forum_notification (
  id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  kind VARCHAR(12) NOT NULL,
  post_id BIGINT NOT NULL,
  thread_id BIGINT NOT NULL,
  network_id BIGINT NOT NULL,
  actor_id BIGINT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  read_at DATETIME(6),
  mail_state VARCHAR(10) NOT NULL,
  mailed_at DATETIME(6),
  CONSTRAINT pk_forum_notification PRIMARY KEY (id),
  CONSTRAINT uq_forum_notification UNIQUE (account_id, post_id),
  CONSTRAINT fk_forum_notification_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_forum_notification_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
  CONSTRAINT fk_forum_notification_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
  CONSTRAINT fk_forum_notification_network FOREIGN KEY (network_id) REFERENCES learning_network (id),
  CONSTRAINT fk_forum_notification_actor FOREIGN KEY (actor_id) REFERENCES account (id)
);
CREATE INDEX ix_forum_notification_unread ON forum_notification (account_id, read_at);
CREATE INDEX ix_forum_notification_newest ON forum_notification (account_id, created_at);
CREATE INDEX ix_forum_notification_mail ON forum_notification (mail_state, account_id);

-- How often a member wants discussion mail. No row means the default (DAILY_DIGEST); the row is
-- made when the member chooses or the first digest goes out. The token makes the one-click
-- unsubscribe link in every mail; previous_choice is what "turn mail back on" restores.
CREATE TABLE mail_preference (
  account_id BIGINT NOT NULL,
  choice VARCHAR(14) NOT NULL,
  previous_choice VARCHAR(14),
  unsubscribe_token VARCHAR(64) NOT NULL,
  last_digest_at DATETIME(6),
  version BIGINT NOT NULL,
  CONSTRAINT pk_mail_preference PRIMARY KEY (account_id),
  CONSTRAINT uq_mail_preference_token UNIQUE (unsubscribe_token),
  CONSTRAINT fk_mail_preference_account FOREIGN KEY (account_id) REFERENCES account (id)
);
