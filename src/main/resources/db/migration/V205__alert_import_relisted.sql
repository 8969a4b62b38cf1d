-- A re-imported published list relists the alerts it withdrew as delisted once it names their persons
-- again: the import record counts them.
ALTER TABLE alert_import ADD COLUMN relisted INTEGER DEFAULT 0 NOT NULL;
