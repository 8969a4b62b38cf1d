-- Screening the same traveller again reuses the pending hit for the same alert version instead of
-- piling up duplicates: the traveller as identified (documents, or the details screened when there
-- is no document), how often and when last the hit was screened.
ALTER TABLE alert_hit ADD COLUMN traveller_key VARCHAR(64);
ALTER TABLE alert_hit ADD COLUMN times_screened INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE alert_hit ADD COLUMN last_screened_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX alert_hit_by_traveller ON alert_hit (alert_id, alert_version, traveller_key);
