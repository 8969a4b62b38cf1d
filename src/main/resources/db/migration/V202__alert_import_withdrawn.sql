-- A re-imported published list withdraws the alerts of persons no longer on it: the import record counts them.
ALTER TABLE alert_import ADD COLUMN withdrawn INTEGER DEFAULT 0 NOT NULL;
