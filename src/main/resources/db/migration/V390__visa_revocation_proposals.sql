-- Revocations proposed from elsewhere (an incident); a visa officer decides with the revocation flow
-- of the visa, or dismisses the proposal with a note.
CREATE TABLE visa_revocation_proposal (
    id                UUID                     NOT NULL,
    visa_number       VARCHAR(9)               NOT NULL,
    reason            TEXT                     NOT NULL,
    origin            VARCHAR(200),
    proposed_by       VARCHAR(100)             NOT NULL,
    proposing_agency  VARCHAR(40)              NOT NULL,
    proposed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    dismissed_by      VARCHAR(100),
    dismissed_at      TIMESTAMP WITH TIME ZONE,
    dismissal_note    TEXT,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_visa_revocation_proposal PRIMARY KEY (id),
    CONSTRAINT fk_visa_revocation_proposal_visa FOREIGN KEY (visa_number) REFERENCES visa (number)
);

CREATE INDEX ix_visa_revocation_proposal_visa ON visa_revocation_proposal (visa_number);
