package org.atoll;

/** The record does not exist, or the caller may not know that it exists (need-to-know). Answered with 404. */
public class RecordNotFoundException extends RuntimeException {

    private final String recordType;
    private final String recordId;

    public RecordNotFoundException(String recordType, String recordId) {
        super("No " + recordType + " " + recordId);
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }
}
