-- Inactivity nudges: after how many quiet days a network nudges a member about their team's
-- learning (14 unless its facilitators choose otherwise), whether the member wants such nudges, and
-- when they were last nudged (one nudge for each quiet spell).
ALTER TABLE learning_network ADD nudge_days INT DEFAULT 14 NOT NULL;
ALTER TABLE network_membership ADD nudges BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE network_membership ADD nudged_at DATETIME(6);
