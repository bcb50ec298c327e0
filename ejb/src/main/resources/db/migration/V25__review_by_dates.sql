-- Review-by dates: every published module version was last reviewed on a day and is due again by
-- another (its publisher's default, two years unless the publisher says otherwise). The reminder
-- column remembers which reminder its editors were last sent (DUE_SOON, OVERDUE), so each goes once.
ALTER TABLE organisation ADD review_months INT DEFAULT 24 NOT NULL;
ALTER TABLE module_version ADD last_reviewed_on DATE;
ALTER TABLE module_version ADD review_by DATE;
ALTER TABLE module_version ADD review_reminder VARCHAR(20);

UPDATE module_version SET last_reviewed_on = CAST(published_at AS DATE),
  review_by = CAST(TIMESTAMPADD(MONTH, 24, published_at) AS DATE)
WHERE published_at IS NOT NULL;

CREATE INDEX ix_module_version_review_by ON module_version (status, review_by);
