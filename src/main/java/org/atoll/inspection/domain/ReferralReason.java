package org.atoll.inspection.domain;

/** Why the booth sends a traveller to secondary inspection. */
public enum ReferralReason {
    /** A person alert may be this traveller. */
    ALERT_HIT,
    /** The presented document is on the alert list (lost, stolen, invalidated, fraudulent). */
    DOCUMENT_ALERT,
    /** The eligibility engine leaves the decision to an officer. */
    ELIGIBILITY_OFFICER_CHECK,
    /** The traveller needs a visa obtained before travel and holds none that can be used. */
    VISA_REQUIRED,
    /** The rules in force say the traveller is not eligible (e.g. passport validity); only secondary may refuse. */
    NOT_ELIGIBLE,
    /** The machine readable zone fails syntax or check digits, or holds an unknown code. */
    DOCUMENT_INVALID,
    /** The travel document has expired. */
    DOCUMENT_EXPIRED,
    /** What the carrier declared does not agree with the document (name, date of birth, nationality, role). */
    MANIFEST_MISMATCH,
    /** A visa on record for the passport cannot be used today (revoked, expired, entries used up). */
    VISA_UNUSABLE,
    /** The primary officer referred the traveller against the proposal (override). */
    OFFICER_REFERRAL
}
