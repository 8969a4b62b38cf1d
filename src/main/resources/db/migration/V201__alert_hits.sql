-- Hits from screening, their dispositions, known false positives, notifications to owning agencies
-- and the record of bulk imports (alert module).
CREATE TABLE alert_hit (
    id                      UUID         NOT NULL PRIMARY KEY,
    alert_id                UUID         NOT NULL REFERENCES alert (id),
    alert_version           BIGINT       NOT NULL,
    kind                    VARCHAR(10)  NOT NULL,
    score                   DOUBLE PRECISION,
    band                    VARCHAR(10),
    matched_name            VARCHAR(300),
    explanation             VARCHAR,
    review_overdue          BOOLEAN      NOT NULL DEFAULT FALSE,
    traveller               VARCHAR      NOT NULL,
    traveller_name          VARCHAR(300),
    traveller_document_keys VARCHAR(800),
    screened_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    screened_by             VARCHAR(100) NOT NULL,
    screened_by_agency      VARCHAR(40),
    disposition             VARCHAR(20)  NOT NULL,
    disposition_note        VARCHAR,
    disposed_by             VARCHAR(100),
    disposed_at             TIMESTAMP WITH TIME ZONE,
    version                 BIGINT       NOT NULL
);
CREATE INDEX alert_hit_by_disposition ON alert_hit (disposition, screened_at);
CREATE INDEX alert_hit_by_alert ON alert_hit (alert_id);

-- A hit judged a false positive: this alert version, this traveller's document, never again.
CREATE TABLE alert_suppression (
    alert_id                UUID        NOT NULL,
    alert_version           BIGINT      NOT NULL,
    traveller_document_key  VARCHAR(80) NOT NULL,
    hit_id                  UUID        NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(100) NOT NULL,
    PRIMARY KEY (alert_id, alert_version, traveller_document_key)
);
CREATE INDEX alert_suppression_by_key ON alert_suppression (traveller_document_key);

CREATE TABLE alert_notification (
    id           UUID         NOT NULL PRIMARY KEY,
    agency_code  VARCHAR(40)  NOT NULL,
    hit_id       UUID         NOT NULL,
    alert_id     UUID         NOT NULL,
    message      VARCHAR      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE,
    read_by      VARCHAR(100),
    CONSTRAINT alert_notification_once UNIQUE (hit_id, agency_code)
);
CREATE INDEX alert_notification_by_agency ON alert_notification (agency_code, created_at);

CREATE TABLE alert_import (
    id           UUID         NOT NULL PRIMARY KEY,
    format       VARCHAR(10)  NOT NULL,
    file_name    VARCHAR(300),
    sha256       VARCHAR(64)  NOT NULL,
    imported_by  VARCHAR(100) NOT NULL,
    agency_code  VARCHAR(40),
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted     BOOLEAN      NOT NULL,
    created      INTEGER      NOT NULL,
    updated      INTEGER      NOT NULL,
    unchanged    INTEGER      NOT NULL,
    rejected     INTEGER      NOT NULL
);
