-- incident module: incidents, their links, tasks, log and notifications; intelligence reports with
-- their disseminations and reads. No CHECK (... IN ...) constraints: H2 2.4 evaluates them wrongly on
-- other connections (h2database/h2database#4302); statuses and kinds are checked by the domain model.

CREATE TABLE incident_type (
    code        VARCHAR(60)  NOT NULL PRIMARY KEY,
    label       VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     INTEGER      NOT NULL DEFAULT 0
);

INSERT INTO incident_type (code, label) VALUES ('FRAUDULENT_DOCUMENT', 'Fraudulent document');
INSERT INTO incident_type (code, label) VALUES ('IMPOSTOR', 'Impostor');
INSERT INTO incident_type (code, label) VALUES ('OVERSTAY', 'Overstay');
INSERT INTO incident_type (code, label) VALUES ('ABSCONDER', 'Absconder');
INSERT INTO incident_type (code, label) VALUES ('REFUSED_ENTRY', 'Refused entry');
INSERT INTO incident_type (code, label) VALUES ('SMUGGLING', 'Smuggling');
INSERT INTO incident_type (code, label) VALUES ('CONTRABAND', 'Contraband or prohibited goods');
INSERT INTO incident_type (code, label) VALUES ('BIOSECURITY_INTERCEPTION', 'Biosecurity interception');
INSERT INTO incident_type (code, label) VALUES ('TRAFFICKING_INDICATORS', 'Human trafficking or smuggling indicators');
INSERT INTO incident_type (code, label) VALUES ('UNRULY_PASSENGER', 'Unruly passenger');
INSERT INTO incident_type (code, label) VALUES ('VESSEL_WITHOUT_CLEARANCE', 'Vessel arrival without clearance');
INSERT INTO incident_type (code, label) VALUES ('LABOUR_VIOLATION', 'Labour violation');
INSERT INTO incident_type (code, label) VALUES ('OTHER', 'Other');

CREATE TABLE incident (
    id               UUID          NOT NULL PRIMARY KEY,
    type_code        VARCHAR(60)   NOT NULL REFERENCES incident_type (code),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    port_code        VARCHAR(5),
    place            VARCHAR(300),
    reported_by      VARCHAR(60)   NOT NULL,
    reporting_agency VARCHAR(40)   NOT NULL,
    description      VARCHAR(8000) NOT NULL,
    severity         VARCHAR(12)   NOT NULL,
    status           VARCHAR(24)   NOT NULL,
    lead_agency      VARCHAR(40)   NOT NULL,
    reported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX incident_lead ON incident (lead_agency, status);
CREATE INDEX incident_occurred ON incident (occurred_at);

CREATE TABLE incident_agency (
    incident_id UUID        NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    agency_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (incident_id, agency_code)
);
CREATE INDEX incident_agency_code ON incident_agency (agency_code);

-- Links of incidents and of intelligence reports (owner_type INCIDENT or INTELLIGENCE).
CREATE TABLE incident_link (
    id            UUID         NOT NULL PRIMARY KEY,
    owner_type    VARCHAR(20)  NOT NULL,
    owner_id      UUID         NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    target_id     VARCHAR(100),
    person_name   VARCHAR(300),
    date_of_birth DATE,
    note          VARCHAR(1000),
    added_by      VARCHAR(60)  NOT NULL,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX incident_link_owner ON incident_link (owner_type, owner_id);
CREATE INDEX incident_link_target ON incident_link (kind, target_id);

CREATE TABLE incident_task (
    id               UUID          NOT NULL PRIMARY KEY,
    incident_id      UUID          NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    title            VARCHAR(500)  NOT NULL,
    assigned_agency  VARCHAR(40)   NOT NULL,
    assigned_officer VARCHAR(60),
    due_date         DATE,
    created_by       VARCHAR(60)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE,
    completed_by     VARCHAR(60),
    outcome          VARCHAR(4000)
);
CREATE INDEX incident_task_open ON incident_task (assigned_agency, completed_at);

CREATE TABLE incident_log (
    id          UUID          NOT NULL PRIMARY KEY,
    incident_id UUID          NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(60)   NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    text        VARCHAR(4000) NOT NULL
);
CREATE INDEX incident_log_incident ON incident_log (incident_id, at);

-- In-app notifications: to one officer, or to every officer of an agency when officer is NULL.
CREATE TABLE incident_notification (
    id          UUID          NOT NULL PRIMARY KEY,
    agency_code VARCHAR(40)   NOT NULL,
    officer     VARCHAR(60),
    incident_id UUID          NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    text        VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX incident_notification_to ON incident_notification (agency_code, created_at);

CREATE TABLE intelligence_report (
    id                 UUID          NOT NULL PRIMARY KEY,
    originator         VARCHAR(60)   NOT NULL,
    originator_agency  VARCHAR(40)   NOT NULL,
    report_date        DATE          NOT NULL,
    subject            VARCHAR(500)  NOT NULL,
    content            VARCHAR(20000) NOT NULL,
    grading_scheme     VARCHAR(12)   NOT NULL,
    source_grade       VARCHAR(2)    NOT NULL,
    information_grade  VARCHAR(2)    NOT NULL,
    handling_code      VARCHAR(2),
    may_be_passed_on   BOOLEAN       NOT NULL,
    permitted_agencies VARCHAR(1000) NOT NULL,
    sanitised_summary  VARCHAR(4000),
    sensitivity        VARCHAR(12)   NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE intelligence_dissemination (
    id               UUID         NOT NULL PRIMARY KEY,
    report_id        UUID         NOT NULL REFERENCES intelligence_report (id) ON DELETE CASCADE,
    recipient_agency VARCHAR(40)  NOT NULL,
    recipient_officer VARCHAR(60),
    disseminated_by  VARCHAR(60)  NOT NULL,
    disseminated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX intelligence_dissemination_to ON intelligence_dissemination (recipient_agency, recipient_officer);

CREATE TABLE intelligence_read (
    id          UUID         NOT NULL PRIMARY KEY,
    report_id   UUID         NOT NULL REFERENCES intelligence_report (id) ON DELETE CASCADE,
    reader      VARCHAR(60)  NOT NULL,
    reader_agency VARCHAR(40) NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX intelligence_read_report ON intelligence_read (report_id);
