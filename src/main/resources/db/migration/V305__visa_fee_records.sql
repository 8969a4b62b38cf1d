-- visa module: every recording of an application's fee status (at submission and each change),
-- with the amount and receipt of a payment when the officer gives them.
CREATE TABLE visa_fee_record (
    id             UUID                     NOT NULL,
    application_id UUID                     NOT NULL,
    fee_status     VARCHAR(12)              NOT NULL,
    amount         NUMERIC(12, 2),
    currency       VARCHAR(3),
    receipt        VARCHAR(60),
    note           VARCHAR(500),
    recorded_by    VARCHAR(100)             NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_visa_fee_record PRIMARY KEY (id),
    CONSTRAINT fk_visa_fee_record_application FOREIGN KEY (application_id) REFERENCES visa_application (id)
);

CREATE INDEX ix_visa_fee_record_application ON visa_fee_record (application_id, recorded_at);
