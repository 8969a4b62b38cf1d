package org.atoll.document;

/** The parts of a machine readable zone that a reading reports on. */
public enum MrzField {
    DOCUMENT_CODE("documentCode"),
    ISSUING_STATE("issuingState"),
    NAME("name"),
    DOCUMENT_NUMBER("documentNumber"),
    DOCUMENT_NUMBER_CHECK_DIGIT("documentNumberCheckDigit"),
    NATIONALITY("nationality"),
    DATE_OF_BIRTH("dateOfBirth"),
    DATE_OF_BIRTH_CHECK_DIGIT("dateOfBirthCheckDigit"),
    SEX("sex"),
    DATE_OF_EXPIRY("dateOfExpiry"),
    DATE_OF_EXPIRY_CHECK_DIGIT("dateOfExpiryCheckDigit"),
    OPTIONAL_DATA("optionalData"),
    OPTIONAL_DATA_CHECK_DIGIT("optionalDataCheckDigit"),
    OPTIONAL_DATA_2("optionalData2"),
    /** The composite check digit's subject: several fields together. */
    COMPOSITE("composite"),
    COMPOSITE_CHECK_DIGIT("compositeCheckDigit");

    private final String label;

    MrzField(String label) {
        this.label = label;
    }

    /** The field's name in camel case, as the API writes it. */
    public String label() {
        return label;
    }
}
