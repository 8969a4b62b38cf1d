-- inspection module: inspections at the booth and in secondary, interviews with their answers and
-- addenda, the question templates per referral reason, and hit dispositions recorded at secondary.
-- No CHECK (... IN ...) constraints (H2 2.4); states are enforced by org.atoll.inspection.domain.

CREATE TABLE inspection (
    id                   UUID                     NOT NULL,
    port                 VARCHAR(5)               NOT NULL,
    booth                VARCHAR(40),
    direction            VARCHAR(5)               NOT NULL,
    transport_mode       VARCHAR(3)               NOT NULL,
    traveller_role       VARCHAR(10)              NOT NULL,
    purpose              VARCHAR(20),
    intended_stay_days   INTEGER,
    manual_entry         BOOLEAN                  NOT NULL DEFAULT FALSE,
    issuing_state        VARCHAR(3)               NOT NULL,
    document_number      VARCHAR(35)              NOT NULL,
    document_code        VARCHAR(2)               NOT NULL,
    document_expiry      DATE,
    surname              VARCHAR(200)             NOT NULL,
    given_names          VARCHAR(200)             NOT NULL,
    nationality          VARCHAR(3)               NOT NULL,
    date_of_birth        VARCHAR(10),
    sex                  VARCHAR(12),
    context_json         TEXT                     NOT NULL,
    proposal_outcome     VARCHAR(8)               NOT NULL,
    proposal_reasons     VARCHAR(400),
    proposed_permit_type VARCHAR(20),
    proposed_until       DATE,
    visa_number          VARCHAR(20),
    carrier              VARCHAR(80),
    flight_or_vessel     VARCHAR(40),
    status               VARCHAR(30)              NOT NULL,
    officer              VARCHAR(100)             NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_outcome      VARCHAR(8),
    decided_by           VARCHAR(100),
    decided_at           TIMESTAMP WITH TIME ZONE,
    permit_type          VARCHAR(20),
    permitted_until      DATE,
    conditions           TEXT,
    overridden           BOOLEAN                  NOT NULL DEFAULT FALSE,
    override_reason      TEXT,
    entry_form_checked   BOOLEAN                  NOT NULL DEFAULT FALSE,
    fee_checked          BOOLEAN                  NOT NULL DEFAULT FALSE,
    movement_id          UUID,
    days_overstayed      INTEGER,
    secondary_outcome    VARCHAR(12),
    secondary_officer    VARCHAR(100),
    secondary_decided_at TIMESTAMP WITH TIME ZONE,
    refusal_grounds      TEXT,
    refusal_reason       TEXT,
    removal_carrier      VARCHAR(80),
    removal_flight       VARCHAR(40),
    refusal_approved_by  VARCHAR(100),
    refusal_approved_at  TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_inspection PRIMARY KEY (id)
);

-- the referral queue per port (status, oldest first) and the supervisors' override report
CREATE INDEX ix_inspection_queue ON inspection (port, status, created_at);
CREATE INDEX ix_inspection_override ON inspection (overridden, decided_at);
CREATE INDEX ix_inspection_document ON inspection (issuing_state, document_number);

CREATE TABLE inspection_question_template (
    referral_reason VARCHAR(30)  NOT NULL,
    code            VARCHAR(30)  NOT NULL,
    position        INTEGER      NOT NULL,
    question        VARCHAR(400) NOT NULL,
    CONSTRAINT pk_inspection_question_template PRIMARY KEY (referral_reason, code)
);

CREATE TABLE inspection_interview (
    id                 UUID                     NOT NULL,
    inspection_id      UUID                     NOT NULL,
    officer            VARCHAR(100)             NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at          TIMESTAMP WITH TIME ZONE,
    language           VARCHAR(60)              NOT NULL,
    interpreter        VARCHAR(200),
    documents_examined TEXT,
    version            BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_inspection_interview PRIMARY KEY (id),
    CONSTRAINT uq_inspection_interview UNIQUE (inspection_id),
    CONSTRAINT fk_inspection_interview FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

CREATE TABLE inspection_interview_answer (
    interview_id  UUID         NOT NULL,
    position      INTEGER      NOT NULL,
    question_code VARCHAR(30)  NOT NULL,
    question      VARCHAR(400) NOT NULL,
    answer        TEXT,
    CONSTRAINT pk_inspection_interview_answer PRIMARY KEY (interview_id, position),
    CONSTRAINT fk_inspection_interview_answer FOREIGN KEY (interview_id) REFERENCES inspection_interview (id)
);

CREATE TABLE inspection_interview_addendum (
    interview_id UUID                     NOT NULL,
    seq          INTEGER                  NOT NULL,
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    officer      VARCHAR(100)             NOT NULL,
    text         TEXT                     NOT NULL,
    CONSTRAINT pk_inspection_interview_addendum PRIMARY KEY (interview_id, seq),
    CONSTRAINT fk_inspection_interview_addendum FOREIGN KEY (interview_id) REFERENCES inspection_interview (id)
);

CREATE TABLE inspection_hit_disposition (
    inspection_id UUID                     NOT NULL,
    hit_id        UUID                     NOT NULL,
    disposition   VARCHAR(20)              NOT NULL,
    note          TEXT                     NOT NULL,
    officer       VARCHAR(100)             NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inspection_hit_disposition PRIMARY KEY (inspection_id, hit_id),
    CONSTRAINT fk_inspection_hit_disposition FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

-- Question templates per referral reason (data: administrators may add rows; GENERAL applies to every interview).
INSERT INTO inspection_question_template (referral_reason, code, position, question) VALUES
('GENERAL', 'PURPOSE', 10, 'What is the purpose of your visit to Palau?'),
('GENERAL', 'DURATION', 20, 'How long do you intend to stay, and when and how will you leave?'),
('GENERAL', 'ACCOMMODATION', 30, 'Where will you stay? Give the address or the name of the hotel or vessel.'),
('GENERAL', 'FUNDS', 40, 'How will you pay for your stay? What funds do you carry or can you access?'),
('GENERAL', 'PREVIOUS_REFUSALS', 50, 'Have you ever been refused entry to, or removed from, Palau or another country?'),
('ALERT_HIT', 'IDENTITY', 10, 'Confirm your full name, date and place of birth, and any other names you have used.'),
('ALERT_HIT', 'TRAVEL_HISTORY', 20, 'Which countries have you visited in the last five years?'),
('DOCUMENT_ALERT', 'DOCUMENT_ORIGIN', 10, 'Where and when was this document issued to you? Have you reported any document lost or stolen?'),
('DOCUMENT_INVALID', 'DOCUMENT_ORIGIN', 10, 'Where and when was this document issued to you? Has it been damaged or altered?'),
('DOCUMENT_EXPIRED', 'DOCUMENT_RENEWAL', 10, 'Do you hold another valid travel document? When does your passport need renewing?'),
('VISA_REQUIRED', 'VISA_HELD', 10, 'Do you hold a visa or entry permit for Palau? Give its number.'),
('VISA_UNUSABLE', 'VISA_HELD', 10, 'Do you hold a visa or entry permit for Palau? Give its number.'),
('ELIGIBILITY_OFFICER_CHECK', 'ONWARD_TICKET', 10, 'Show your return or onward ticket.'),
('NOT_ELIGIBLE', 'EMPLOYMENT', 10, 'Will you work in Palau, paid or unpaid? Who is your employer or sponsor?'),
('MANIFEST_MISMATCH', 'CARRIER', 10, 'On which flight or vessel did you arrive, and in what capacity (passenger or crew)?');
