-- One pending hit per alert version, kind, traveller and screening agency, held by the database:
-- pending_key is set while the hit is PENDING and cleared when it is disposed of; the unique index
-- lets the same key exist once (NULLs, the disposed hits, many times, in H2 and PostgreSQL alike).
-- Two booths screening the same traveller at the same moment thus cannot make two pending hits.
-- Key: alert id | alert version | kind | traveller key | agency ('' for none), as HitRepository writes it.
ALTER TABLE alert_hit ADD COLUMN pending_key VARCHAR(200);

-- The pending hits already recorded: the oldest of each key gets it (the one screening found again);
-- any younger duplicate from before this migration stays in the queue without a key.
UPDATE alert_hit h SET pending_key = CAST(h.alert_id AS VARCHAR) || '|' || CAST(h.alert_version AS VARCHAR) || '|'
        || h.kind || '|' || h.traveller_key || '|' || COALESCE(h.screened_by_agency, '')
WHERE h.disposition = 'PENDING' AND h.traveller_key IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM alert_hit o
                  WHERE o.disposition = 'PENDING' AND o.alert_id = h.alert_id AND o.alert_version = h.alert_version
                    AND o.kind = h.kind AND o.traveller_key = h.traveller_key
                    AND COALESCE(o.screened_by_agency, '') = COALESCE(h.screened_by_agency, '')
                    AND (o.screened_at < h.screened_at OR (o.screened_at = h.screened_at AND o.id < h.id)));

CREATE UNIQUE INDEX alert_hit_pending_once ON alert_hit (pending_key);
