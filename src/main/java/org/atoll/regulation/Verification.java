package org.atoll.regulation;

/** How a requirement is verified. */
public enum Verification {
    /** From the travel document's or the visa's data; the engine decides it. */
    DOCUMENT_DATA,
    /** The traveller's declaration (entry form, booth answer) is taken as given. */
    DECLARATION,
    /** An officer must see the evidence at the booth. */
    OFFICER_CHECK
}
