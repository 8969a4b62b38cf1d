-- manifest module: pre-arrival screening of every manifested person, and reconciliation with the
-- crossings recorded at the border.
-- screening_status: PENDING, CLEAR, REFER, VISA_NEEDED or ERROR (no CHECK IN (...): see V400 on H2 2.4.240).
-- screening_reasons: one reason per line, for the authority only; hit_ids: the alert hits, comma separated.

ALTER TABLE manifest_person ADD COLUMN screening_reasons TEXT;
ALTER TABLE manifest_person ADD COLUMN hit_ids TEXT;
ALTER TABLE manifest_person ADD COLUMN visa_needed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE manifest_person ADD COLUMN screened_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE manifest_person ADD COLUMN presented_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE manifest_person ADD COLUMN movement_id UUID;
ALTER TABLE manifest_person ADD COLUMN mismatches TEXT;

CREATE INDEX ix_manifest_person_document ON manifest_person (document_number);

-- Every crossing the border recorded for a carrier's flight, matched or not to a manifested person:
-- the presented-but-not-manifested list and the "missing manifest" count come from here.
CREATE TABLE manifest_crossing (
    movement_id     UUID                     NOT NULL,
    port            VARCHAR(16)              NOT NULL,
    direction       VARCHAR(8)               NOT NULL,
    crossed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    crossing_date   DATE                     NOT NULL,
    carrier         VARCHAR(16),
    flight_number   VARCHAR(32),
    surname         VARCHAR(200)             NOT NULL,
    given_names     VARCHAR(200)             NOT NULL,
    date_of_birth   DATE,
    nationality     VARCHAR(3)               NOT NULL,
    document_issuer VARCHAR(3)               NOT NULL,
    document_number VARCHAR(35)              NOT NULL,
    manifest_id     UUID,
    position        INTEGER,
    CONSTRAINT pk_manifest_crossing PRIMARY KEY (movement_id)
);

CREATE INDEX ix_manifest_crossing_flight ON manifest_crossing (carrier, flight_number, crossing_date);
CREATE INDEX ix_manifest_crossing_manifest ON manifest_crossing (manifest_id);

-- Interactive API: every board / do-not-board answer given to a carrier at check-in, with the
-- reason (for the authority only) and an officer's override.
CREATE TABLE iapi_answer (
    id               UUID                     NOT NULL,
    carrier          VARCHAR(16)              NOT NULL,
    flight_number    VARCHAR(32)              NOT NULL,
    flight_date      DATE                     NOT NULL,
    arrival_port     VARCHAR(16),
    surname          VARCHAR(200)             NOT NULL,
    given_names      VARCHAR(200)             NOT NULL,
    date_of_birth    VARCHAR(10),
    nationality      VARCHAR(3),
    document_type    VARCHAR(8),
    document_number  VARCHAR(35),
    document_issuer  VARCHAR(3),
    document_expiry  DATE,
    answer           VARCHAR(24)              NOT NULL,
    reasons          TEXT                     NOT NULL,
    hit_ids          TEXT,
    answered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    client           VARCHAR(120)             NOT NULL,
    overridden_by    VARCHAR(120),
    overridden_at    TIMESTAMP WITH TIME ZONE,
    override_reason  TEXT,
    original_answer  VARCHAR(24),
    version          BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_iapi_answer PRIMARY KEY (id)
);

CREATE INDEX ix_iapi_answer_flight ON iapi_answer (carrier, flight_number, flight_date);

-- Multi-part PAXLST: the parts of one flight's list (UNH sequence number, C = more to come, F = final)
-- are merged into one manifest; each part received is kept for idempotency (same reference and bytes).
ALTER TABLE manifest ADD COLUMN parts_total INTEGER;

CREATE TABLE manifest_part (
    manifest_id           UUID                     NOT NULL,
    part                  INTEGER                  NOT NULL,
    interchange_reference VARCHAR(64)              NOT NULL,
    content_hash          VARCHAR(64)              NOT NULL,
    received_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_manifest_part PRIMARY KEY (manifest_id, part),
    CONSTRAINT uq_manifest_part_content UNIQUE (interchange_reference, content_hash),
    CONSTRAINT fk_manifest_part FOREIGN KEY (manifest_id) REFERENCES manifest (id)
);
