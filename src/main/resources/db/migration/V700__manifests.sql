-- manifest module: every manifest received, stored once per (interchange reference, content hash).
-- A replacement or cancellation for the same carrier, flight and date supersedes the current one;
-- the chain through "replaces" is the flight's manifest history.
-- status: CURRENT, SUPERSEDED or CANCELLED (no CHECK IN (...): see V400 on H2 2.4.240).

CREATE TABLE manifest (
    id                    UUID                     NOT NULL,
    format                VARCHAR(8)               NOT NULL,
    kind                  VARCHAR(16)              NOT NULL,
    message_function      VARCHAR(16)              NOT NULL,
    interchange_reference VARCHAR(64)              NOT NULL,
    content_hash          VARCHAR(64)              NOT NULL,
    carrier               VARCHAR(16)              NOT NULL,
    flight_number         VARCHAR(32),
    flight_date           DATE,
    departure_port        VARCHAR(16),
    departure_time        TIMESTAMP,
    arrival_port          VARCHAR(16),
    arrival_time          TIMESTAMP,
    passengers            INTEGER                  NOT NULL,
    crew                  INTEGER                  NOT NULL,
    warnings              TEXT                     NOT NULL,
    status                VARCHAR(12)              NOT NULL,
    replaces              UUID,
    received_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by           VARCHAR(120)             NOT NULL,
    version               BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_manifest PRIMARY KEY (id),
    CONSTRAINT uq_manifest_content UNIQUE (interchange_reference, content_hash)
);

CREATE INDEX ix_manifest_flight ON manifest (carrier, flight_number, flight_date);
CREATE INDEX ix_manifest_arrival ON manifest (arrival_port, arrival_time);
CREATE INDEX ix_manifest_departure ON manifest (departure_port, departure_time);

CREATE TABLE manifest_person (
    manifest_id      UUID         NOT NULL,
    position         INTEGER      NOT NULL,
    role             VARCHAR(12)  NOT NULL,
    surname          VARCHAR(200) NOT NULL,
    given_names      VARCHAR(200) NOT NULL,
    sex              VARCHAR(12),
    date_of_birth    VARCHAR(10),
    nationality      VARCHAR(3),
    residence        VARCHAR(3),
    birth_place      VARCHAR(200),
    embarkation      VARCHAR(16),
    disembarkation   VARCHAR(16),
    document_type    VARCHAR(8),
    document_number  VARCHAR(35),
    document_issuer  VARCHAR(3),
    document_expiry  DATE,
    screening_status VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_manifest_person PRIMARY KEY (manifest_id, position),
    CONSTRAINT fk_manifest_person FOREIGN KEY (manifest_id) REFERENCES manifest (id)
);
