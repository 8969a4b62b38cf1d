-- statistics module: one row per recorded crossing with only attributes that identify nobody
-- (no name, document, date of birth, flight or time of day), kept from the movement module's
-- MovementRecorded events and rebuilt from its record on demand. Keyed by the movement's id, so a
-- re-delivered event counts once. Absent values are stored as words (UNKNOWN, NONE), not NULL, so
-- that they group like any other value.
CREATE TABLE statistics_crossing (
    movement_id    UUID        NOT NULL,
    crossed_on     DATE        NOT NULL,
    crossed_month  VARCHAR(7)  NOT NULL,
    crossed_year   VARCHAR(4)  NOT NULL,
    direction      VARCHAR(5)  NOT NULL,
    port           VARCHAR(5)  NOT NULL,
    nationality    VARCHAR(3)  NOT NULL,
    sex            VARCHAR(12) NOT NULL,
    age_band       VARCHAR(8)  NOT NULL,
    transport_mode VARCHAR(3)  NOT NULL,
    traveller_role VARCHAR(9)  NOT NULL,
    permit_type    VARCHAR(40) NOT NULL,
    CONSTRAINT pk_statistics_crossing PRIMARY KEY (movement_id)
);

CREATE INDEX ix_statistics_crossing_day ON statistics_crossing (crossed_on, direction);
