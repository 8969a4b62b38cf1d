-- movement module: travellers (a person followed across documents), their documents, every
-- crossing of the border, and the stays derived from entry and exit pairs.
-- No CHECK (... IN ...) / OR constraints: H2 2.4.240 fails them across connections (see V400);
-- directions, modes and roles are enforced by the Java enums.

CREATE TABLE traveller (
    id            UUID                     NOT NULL,
    surname       VARCHAR(200)             NOT NULL,
    given_names   VARCHAR(200)             NOT NULL,
    nationality   VARCHAR(3)               NOT NULL,
    date_of_birth DATE,
    sex           VARCHAR(12),
    -- normalised names, date of birth and nationality: a new passport with the same key joins
    -- this traveller; NULL (no date of birth) never joins anyone by person
    person_key    VARCHAR(500),
    merged_into   UUID,
    merge_reason  TEXT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_traveller PRIMARY KEY (id),
    CONSTRAINT uq_traveller_person_key UNIQUE (person_key)
);

CREATE INDEX ix_traveller_nationality ON traveller (nationality, surname);

CREATE TABLE traveller_document (
    issuing_state   VARCHAR(3)               NOT NULL,
    document_number VARCHAR(35)              NOT NULL,
    traveller_id    UUID                     NOT NULL,
    document_code   VARCHAR(2)               NOT NULL,
    expiry          DATE,
    first_seen      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_traveller_document PRIMARY KEY (issuing_state, document_number),
    CONSTRAINT fk_traveller_document FOREIGN KEY (traveller_id) REFERENCES traveller (id)
);

CREATE INDEX ix_traveller_document_traveller ON traveller_document (traveller_id);
CREATE INDEX ix_traveller_document_number ON traveller_document (document_number);

CREATE TABLE movement (
    id               UUID                     NOT NULL,
    source           UUID                     NOT NULL,
    traveller_id     UUID                     NOT NULL,
    issuing_state    VARCHAR(3)               NOT NULL,
    document_number  VARCHAR(35)              NOT NULL,
    document_code    VARCHAR(2)               NOT NULL,
    document_expiry  DATE,
    surname          VARCHAR(200)             NOT NULL,
    given_names      VARCHAR(200)             NOT NULL,
    nationality      VARCHAR(3)               NOT NULL,
    date_of_birth    DATE,
    sex              VARCHAR(12),
    direction        VARCHAR(5)               NOT NULL,
    port             VARCHAR(5)               NOT NULL,
    crossed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    crossed_on       DATE                     NOT NULL,
    transport_mode   VARCHAR(3)               NOT NULL,
    traveller_role   VARCHAR(9)               NOT NULL,
    carrier          VARCHAR(40),
    flight_or_vessel VARCHAR(100),
    permit_type      VARCHAR(40),
    permitted_until  DATE,
    officer          VARCHAR(100)             NOT NULL,
    decision         VARCHAR(40)              NOT NULL,
    days_overstayed  INTEGER                  NOT NULL DEFAULT 0,
    -- an exit with no entry on record: recorded all the same, and flagged for follow-up
    without_entry    BOOLEAN                  NOT NULL DEFAULT FALSE,
    stay_id          UUID,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_movement PRIMARY KEY (id),
    CONSTRAINT uq_movement_source UNIQUE (source),
    CONSTRAINT fk_movement_traveller FOREIGN KEY (traveller_id) REFERENCES traveller (id)
);

CREATE INDEX ix_movement_traveller ON movement (traveller_id, crossed_at);
CREATE INDEX ix_movement_port ON movement (port, crossed_at);
CREATE INDEX ix_movement_day ON movement (crossed_on, direction);

CREATE TABLE stay (
    id                UUID                     NOT NULL,
    traveller_id      UUID                     NOT NULL,
    entry_movement_id UUID                     NOT NULL,
    exit_movement_id  UUID,
    entered           DATE                     NOT NULL,
    departed          DATE,
    -- the exit was not recorded: a later entry closed this stay on the day before it
    exit_inferred     BOOLEAN                  NOT NULL DEFAULT FALSE,
    nationality       VARCHAR(3)               NOT NULL,
    permit_type       VARCHAR(40),
    permitted_until   DATE,
    days_overstayed   INTEGER                  NOT NULL DEFAULT 0,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_stay PRIMARY KEY (id),
    CONSTRAINT fk_stay_traveller FOREIGN KEY (traveller_id) REFERENCES traveller (id)
);

CREATE INDEX ix_stay_traveller ON stay (traveller_id, entered);
-- overstays and expected departures: open stays by permitted date
CREATE INDEX ix_stay_open ON stay (departed, permitted_until);

-- every change of a stay's permitted date (extension, change of visa), with who and why
CREATE TABLE stay_permit_change (
    id                   UUID                     NOT NULL,
    stay_id              UUID                     NOT NULL,
    previous_until       DATE,
    permitted_until      DATE                     NOT NULL,
    reason               TEXT                     NOT NULL,
    officer              VARCHAR(100)             NOT NULL,
    changed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_stay_permit_change PRIMARY KEY (id),
    CONSTRAINT fk_stay_permit_change FOREIGN KEY (stay_id) REFERENCES stay (id)
);

CREATE INDEX ix_stay_permit_change_stay ON stay_permit_change (stay_id, changed_at);
