-- The hash-chained, append-only audit trail (audit module).
CREATE TABLE audit_record (
    seq             BIGINT       NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    agency_code     VARCHAR(40),
    action          VARCHAR(60)  NOT NULL,
    object_type     VARCHAR(60),
    object_id       VARCHAR(200),
    outcome         VARCHAR(20)  NOT NULL,
    purpose         VARCHAR(500),
    client_address  VARCHAR(64),
    details         VARCHAR(4000),
    previous_hash   VARCHAR(64)  NOT NULL,
    hash            VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_record_actor ON audit_record (actor, occurred_at);
CREATE INDEX audit_record_object ON audit_record (object_type, object_id);
CREATE INDEX audit_record_time ON audit_record (occurred_at);

-- One row: the head of the chain. Writers lock it, so records are chained one after another
-- even when several Atoll nodes share the database.
CREATE TABLE audit_chain_head (
    id         INTEGER     NOT NULL PRIMARY KEY,
    last_seq   BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
