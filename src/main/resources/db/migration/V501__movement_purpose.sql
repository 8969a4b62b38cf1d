-- the purpose declared on entry, when the inspection knows it: the impact preview of a draft
-- regulation puts recorded arrivals to the eligibility engine again with it
ALTER TABLE movement ADD COLUMN purpose VARCHAR(20);
