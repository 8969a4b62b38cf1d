-- visa module: applications and their transitions, supporting documents, issued visas, extensions,
-- and which visa types need a supervisor's approval of a refusal.
-- No CHECK (... IN ...) / OR constraints: H2 2.4.240 fails them across connections (see V400);
-- the states are enforced by the domain model (org.atoll.visa.domain.ApplicationStatus).

CREATE SEQUENCE visa_application_seq START WITH 1;
CREATE SEQUENCE visa_number_seq START WITH 1;

CREATE TABLE visa_application (
    id                     UUID                     NOT NULL,
    reference              VARCHAR(40)              NOT NULL,
    status                 VARCHAR(24)              NOT NULL,
    surname                VARCHAR(200)             NOT NULL,
    given_names            VARCHAR(200)             NOT NULL,
    date_of_birth          DATE                     NOT NULL,
    nationality            VARCHAR(3)               NOT NULL,
    sex                    VARCHAR(12)              NOT NULL,
    passport_number        VARCHAR(35)              NOT NULL,
    passport_issuing_state VARCHAR(3)               NOT NULL,
    passport_expiry        DATE                     NOT NULL,
    visa_type              VARCHAR(20)              NOT NULL,
    purpose                VARCHAR(20)              NOT NULL,
    intended_arrival       DATE                     NOT NULL,
    intended_departure     DATE                     NOT NULL,
    sponsor_kind           VARCHAR(12),
    sponsor_name           VARCHAR(200),
    sponsor_contact        VARCHAR(300),
    fee_status             VARCHAR(12)              NOT NULL,
    submitted_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    interview_at           TIMESTAMP,
    interview_place        VARCHAR(200),
    refusal_grounds        TEXT,
    refusal_reason         TEXT,
    decided_by             VARCHAR(100),
    decided_at             TIMESTAMP WITH TIME ZONE,
    refusal_confirmed_by   VARCHAR(100),
    visa_number            VARCHAR(9),
    version                BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_visa_application PRIMARY KEY (id),
    CONSTRAINT uq_visa_application_reference UNIQUE (reference),
    CONSTRAINT ck_visa_application_dates CHECK (intended_departure >= intended_arrival)
);

-- the work queue (status, oldest first) and the applicant's history (passport, or name and birth date)
CREATE INDEX ix_visa_application_queue ON visa_application (status, submitted_at);
CREATE INDEX ix_visa_application_passport ON visa_application (nationality, passport_number);
CREATE INDEX ix_visa_application_person ON visa_application (surname, date_of_birth);

CREATE TABLE visa_application_transition (
    application_id UUID                     NOT NULL,
    seq            INTEGER                  NOT NULL,
    from_status    VARCHAR(24),
    to_status      VARCHAR(24)              NOT NULL,
    officer        VARCHAR(100)             NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    note           TEXT,
    CONSTRAINT pk_visa_application_transition PRIMARY KEY (application_id, seq),
    CONSTRAINT fk_visa_application_transition FOREIGN KEY (application_id) REFERENCES visa_application (id)
);

CREATE TABLE visa_document (
    id             UUID                     NOT NULL,
    application_id UUID                     NOT NULL,
    file_name      VARCHAR(255)             NOT NULL,
    media_type     VARCHAR(40)              NOT NULL,
    size_bytes     BIGINT                   NOT NULL,
    sha256         VARCHAR(64)              NOT NULL,
    content        BYTEA                    NOT NULL,
    description    VARCHAR(200),
    uploaded_by    VARCHAR(100)             NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_visa_document PRIMARY KEY (id),
    CONSTRAINT fk_visa_document_application FOREIGN KEY (application_id) REFERENCES visa_application (id)
);

CREATE INDEX ix_visa_document_application ON visa_document (application_id);

CREATE TABLE visa (
    number                 VARCHAR(9)               NOT NULL,
    application_id         UUID                     NOT NULL,
    visa_type              VARCHAR(20)              NOT NULL,
    surname                VARCHAR(200)             NOT NULL,
    given_names            VARCHAR(200)             NOT NULL,
    date_of_birth          DATE                     NOT NULL,
    nationality            VARCHAR(3)               NOT NULL,
    sex                    VARCHAR(12)              NOT NULL,
    passport_number        VARCHAR(35)              NOT NULL,
    passport_issuing_state VARCHAR(3)               NOT NULL,
    passport_expiry        DATE                     NOT NULL,
    valid_from             DATE                     NOT NULL,
    valid_until            DATE                     NOT NULL,
    entries_allowed        INTEGER,
    entries_used           INTEGER                  NOT NULL DEFAULT 0,
    permitted_stay_days    INTEGER                  NOT NULL,
    conditions             TEXT,
    mrz                    TEXT,
    issued_by              VARCHAR(100)             NOT NULL,
    issued_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_on             DATE,
    revoked_at             TIMESTAMP WITH TIME ZONE,
    revoked_by             VARCHAR(100),
    revocation_grounds     TEXT,
    revocation_reason      TEXT,
    version                BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_visa PRIMARY KEY (number),
    CONSTRAINT uq_visa_application UNIQUE (application_id),
    CONSTRAINT fk_visa_application FOREIGN KEY (application_id) REFERENCES visa_application (id),
    CONSTRAINT ck_visa_validity CHECK (valid_until >= valid_from)
);

-- the border's look-up by passport
CREATE INDEX ix_visa_passport ON visa (nationality, passport_number);

CREATE TABLE visa_extension (
    id            UUID                     NOT NULL,
    visa_number   VARCHAR(9)               NOT NULL,
    days          INTEGER                  NOT NULL,
    reason        TEXT                     NOT NULL,
    status        VARCHAR(12)              NOT NULL,
    requested_by  VARCHAR(100)             NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by    VARCHAR(100),
    decided_at    TIMESTAMP WITH TIME ZONE,
    decision_note TEXT,
    CONSTRAINT pk_visa_extension PRIMARY KEY (id),
    CONSTRAINT fk_visa_extension_visa FOREIGN KEY (visa_number) REFERENCES visa (number)
);

CREATE INDEX ix_visa_extension_visa ON visa_extension (visa_number);

-- Per visa type (by code in the regulation set): does a refusal need a supervisor's approval?
-- Types not listed do not. Administrators change it through /api/v1/visa-type-policies.
CREATE TABLE visa_type_policy (
    visa_type                VARCHAR(20)              NOT NULL,
    refusal_needs_supervisor BOOLEAN                  NOT NULL,
    version                  BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_visa_type_policy PRIMARY KEY (visa_type)
);

INSERT INTO visa_type_policy (visa_type, refusal_needs_supervisor) VALUES ('NRW', TRUE);
