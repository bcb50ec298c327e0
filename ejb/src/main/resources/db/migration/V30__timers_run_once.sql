-- Timers that run once however many nodes there are: each firing of a timer is claimed by one
-- node (the row's key is the timer and the firing's time); the others see it taken and skip.
CREATE TABLE timer_claim (
  id VARCHAR(120) NOT NULL,
  timer VARCHAR(80) NOT NULL,
  firing DATETIME(6) NOT NULL,
  node VARCHAR(120) NOT NULL,
  claimed_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_timer_claim PRIMARY KEY (id)
);
CREATE INDEX ix_timer_claim_claimed ON timer_claim (claimed_at);

-- A mail is sent by the one node that claimed it; a claim left by a node that died mid-send runs
-- out and the mail is tried again.
ALTER TABLE outgoing_mail ADD sending_by VARCHAR(120);
ALTER TABLE outgoing_mail ADD sending_until DATETIME(6);
