-- regulation module: every version of the regulation set, each stored whole as its JSON document
-- (format atoll.regulation-set/1, read and written by org.atoll.regulation.internal.RegulationSetJson).
-- The columns beside the document are what is searched on; the document is the truth.
-- TEXT rather than PostgreSQL JSONB so that the same script runs on H2 (PostgreSQL mode): nothing
-- queries inside the document, the eligibility engine works on the loaded set in memory.
--
-- No CHECK (... IN (...)) or CHECK with OR here: H2 2.4.240 fails such checks when they are evaluated
-- on another connection than the one that created them (h2database/h2database#4302, #4308).
-- Statuses are a lookup table instead, and the publication rule is written as a boolean equality.

CREATE TABLE regulation_set_status (
    code VARCHAR(12) NOT NULL,
    CONSTRAINT pk_regulation_set_status PRIMARY KEY (code)
);

INSERT INTO regulation_set_status (code) VALUES ('DRAFT');
INSERT INTO regulation_set_status (code) VALUES ('PUBLISHED');
INSERT INTO regulation_set_status (code) VALUES ('SUPERSEDED');

CREATE TABLE regulation_set (
    id             UUID                     NOT NULL,
    version        INTEGER                  NOT NULL,
    status         VARCHAR(12)              NOT NULL,
    effective_date DATE                     NOT NULL,
    published_on   DATE,
    based_on       UUID,
    title          VARCHAR(300)             NOT NULL,
    document       TEXT                     NOT NULL,
    row_version    BIGINT                   NOT NULL DEFAULT 0,
    saved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_regulation_set PRIMARY KEY (id),
    CONSTRAINT fk_regulation_set_status FOREIGN KEY (status) REFERENCES regulation_set_status (code),
    -- a draft has no publication date; a published or superseded set has one
    CONSTRAINT ck_regulation_set_publication CHECK ((status = 'DRAFT') = (published_on IS NULL)),
    CONSTRAINT ck_regulation_set_version CHECK (version >= 1),
    CONSTRAINT fk_regulation_set_based_on FOREIGN KEY (based_on) REFERENCES regulation_set (id)
);

-- The history is loaded by status, in effective-date order.
CREATE INDEX ix_regulation_set_status_effective ON regulation_set (status, effective_date);
