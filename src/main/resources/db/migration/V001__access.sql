-- Agencies, officers, roles and API credentials (access module).
CREATE TABLE agency (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE officer (
    id                   UUID         NOT NULL PRIMARY KEY,
    username             VARCHAR(60)  NOT NULL UNIQUE,
    full_name            VARCHAR(200) NOT NULL,
    agency_code          VARCHAR(40)  NOT NULL REFERENCES agency (code),
    password_hash        VARCHAR(200) NOT NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_sign_ins      INTEGER      NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP WITH TIME ZONE,
    password_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE officer_role (
    officer_id UUID        NOT NULL REFERENCES officer (id) ON DELETE CASCADE,
    role       VARCHAR(40) NOT NULL,
    PRIMARY KEY (officer_id, role)
);

-- Short-lived bearer tokens for scripts acting as an officer. Only a SHA-256 of the token is kept.
CREATE TABLE officer_token (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    officer_id  UUID        NOT NULL REFERENCES officer (id) ON DELETE CASCADE,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX officer_token_expiry ON officer_token (expires_at);

-- Machine clients: airlines, ship agents, partner systems. Long-lived, scoped, revocable tokens.
CREATE TABLE api_client (
    id            UUID         NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    agency_code   VARCHAR(40)  REFERENCES agency (code),
    carrier_code  VARCHAR(3),
    scopes        VARCHAR(500) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    token_prefix  VARCHAR(12)  NOT NULL,
    created_by    VARCHAR(60)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE
);

-- The agencies of Palau's programme. Administrators can add more.
INSERT INTO agency (code, name, active, created_at) VALUES
    ('IMMIGRATION', 'Bureau of Customs and Border Protection - Immigration', TRUE, CURRENT_TIMESTAMP),
    ('CUSTOMS',     'Bureau of Customs and Border Protection - Customs',     TRUE, CURRENT_TIMESTAMP),
    ('BIOSECURITY', 'Biosecurity',                                           TRUE, CURRENT_TIMESTAMP),
    ('LABOUR',      'Labour',                                                TRUE, CURRENT_TIMESTAMP),
    ('POLICE',      'Police and national security',                          TRUE, CURRENT_TIMESTAMP),
    ('STATISTICS',  'Tourism and statistics office',                         TRUE, CURRENT_TIMESTAMP);
