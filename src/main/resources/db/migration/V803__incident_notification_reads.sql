-- incident module: which officer has read which notification. A notification to an agency is read
-- by each of its officers on their own, so reads are per officer, not a flag on the notification.
CREATE TABLE incident_notification_read (
    notification_id UUID                     NOT NULL REFERENCES incident_notification (id) ON DELETE CASCADE,
    officer         VARCHAR(60)              NOT NULL,
    read_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (notification_id, officer)
);
