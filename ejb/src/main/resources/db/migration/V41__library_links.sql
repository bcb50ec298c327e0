-- The library entries a team's plan draws on, by id, one per line (the network's library's rows),
-- and the one a thread is about, if any (shown as a card, like a module or a case study). No
-- foreign keys: an entry taken out of the library leaves the links, which then show nothing.
ALTER TABLE action_plan ADD COLUMN resource_ids VARCHAR(1000);
ALTER TABLE forum_thread ADD COLUMN library_resource_id BIGINT;
