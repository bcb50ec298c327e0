-- Closing an account: asked for (closes after a cooling-off week unless cancelled), then erased. An
-- erased account stays as a nameless "former member" row, so the posts, certificates and
-- enrolments others rely on keep their references; everything personal is gone from it.
ALTER TABLE account ADD closure_due_at DATETIME(6);
ALTER TABLE account ADD closure_removes_posts BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD erased_at DATETIME(6);
CREATE INDEX ix_account_closure_due ON account (closure_due_at);

-- A post whose author asked, on leaving, for what they wrote to go: its text is gone, its place in
-- the thread stays so replies still read in order.
ALTER TABLE forum_post ADD withdrawn BOOLEAN DEFAULT FALSE NOT NULL;
