-- visa module: the alert screening of each application (when, by whom, or why it failed) and the
-- hits it produced, with the visa officer's disposition of each (the hit itself lives in the alert
-- module; this is the visa office's copy of what it was shown and what it concluded).

CREATE TABLE visa_application_screening (
    application_id UUID                     NOT NULL,
    screened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    screened_by    VARCHAR(100)             NOT NULL,
    failure        VARCHAR(1000),
    CONSTRAINT pk_visa_application_screening PRIMARY KEY (application_id),
    CONSTRAINT fk_visa_application_screening FOREIGN KEY (application_id) REFERENCES visa_application (id)
);

CREATE TABLE visa_application_alert_hit (
    hit_id           UUID                     NOT NULL,
    application_id   UUID                     NOT NULL,
    alert_id         UUID                     NOT NULL,
    kind             VARCHAR(12)              NOT NULL,
    band             VARCHAR(12)              NOT NULL,
    score            DOUBLE PRECISION,
    action_on_hit    VARCHAR(60)              NOT NULL,
    contact          VARCHAR(500),
    full_view        BOOLEAN                  NOT NULL,
    summary          VARCHAR(1000),
    screened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    disposition      VARCHAR(16),
    disposition_note TEXT,
    disposed_by      VARCHAR(100),
    disposed_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_visa_application_alert_hit PRIMARY KEY (hit_id),
    CONSTRAINT fk_visa_application_alert_hit FOREIGN KEY (application_id) REFERENCES visa_application (id)
);

CREATE INDEX ix_visa_application_alert_hit ON visa_application_alert_hit (application_id);
