-- incident module: a notification may point at an intelligence report instead of an incident
-- (a report disseminated to an agency or officer). Exactly one of incident_id and report_id is set;
-- enforced by the service (no CHECK with OR: H2 2.4).
ALTER TABLE incident_notification ALTER COLUMN incident_id DROP NOT NULL;
ALTER TABLE incident_notification ADD COLUMN report_id UUID;
ALTER TABLE incident_notification ADD CONSTRAINT incident_notification_report
    FOREIGN KEY (report_id) REFERENCES intelligence_report (id) ON DELETE CASCADE;
