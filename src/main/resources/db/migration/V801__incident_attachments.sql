-- incident module: photos and scans attached to an incident. The type is what the content's first
-- bytes say it is (checked by org.atoll.incident.domain.AttachmentType), never what the client claims.
CREATE TABLE incident_attachment (
    id          UUID         NOT NULL PRIMARY KEY,
    incident_id UUID         NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    filename    VARCHAR(200) NOT NULL,
    media_type  VARCHAR(60)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    content     BYTEA        NOT NULL,
    added_by    VARCHAR(60)  NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX incident_attachment_incident ON incident_attachment (incident_id);
