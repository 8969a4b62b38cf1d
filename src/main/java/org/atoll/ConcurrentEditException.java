package org.atoll;

/** An edit was based on a version that someone else has changed since. Answered with 409 and the current version. */
public class ConcurrentEditException extends RuntimeException {

    private final String recordType;
    private final String recordId;
    private final long currentVersion;

    public ConcurrentEditException(String recordType, String recordId, long currentVersion) {
        super(recordType + " " + recordId + " was changed by someone else; the current version is " + currentVersion);
        this.recordType = recordType;
        this.recordId = recordId;
        this.currentVersion = currentVersion;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
