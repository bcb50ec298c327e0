-- A team's private topic: a forum category that belongs to a team, read only by the team's active
-- members and the network's facilitators, never listed with the network's topics.
ALTER TABLE forum_category ADD COLUMN team_id BIGINT;
ALTER TABLE forum_category ADD CONSTRAINT fk_forum_category_team FOREIGN KEY (team_id) REFERENCES team (id);
CREATE INDEX ix_forum_category_team ON forum_category (team_id);
