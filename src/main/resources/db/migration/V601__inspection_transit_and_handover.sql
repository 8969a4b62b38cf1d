-- Secondary outcomes beyond admit/refuse/withdrawn: admission in transit only (ADMIT_TRANSIT) and
-- a traveller handed over to another agency (HANDED_OVER, e.g. the police on an alert's ARREST action).
ALTER TABLE inspection ALTER COLUMN secondary_outcome SET DATA TYPE VARCHAR(20);
ALTER TABLE inspection ADD COLUMN handed_over_to VARCHAR(120);
