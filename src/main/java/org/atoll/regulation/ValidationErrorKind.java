package org.atoll.regulation;

/** What is wrong with a draft; each kind blocks publication. */
public enum ValidationErrorKind {
    /** A rule cites a provision the set does not contain. */
    MISSING_PROVISION,
    /** A rule points to a visa or permit type the set does not define. */
    UNKNOWN_VISA_TYPE,
    /** A regime applies to a group the set does not define. */
    UNKNOWN_GROUP,
    /** Some purpose has no regime for "all other nationalities" on some date from the effective date on. */
    NO_DEFAULT_REGIME,
    /** Two regimes equally specific for one nationality, purpose and date give different answers. */
    CONFLICTING_REGIMES,
    /** A regime points to a type obtained differently (visa on arrival to a type not granted on arrival...). */
    ISSUANCE_MISMATCH,
    /** A regime grants a longer stay than its type allows. */
    STAY_BEYOND_TYPE_LIMIT,
    /** A regime covers a purpose its type does not. */
    PURPOSE_NOT_COVERED,
    /** Employment on a type that does not allow work. */
    WORK_NOT_ALLOWED,
    /** The draft would take effect before it is published, which would change answers already given. */
    EFFECTIVE_DATE_BEFORE_PUBLICATION,
    /** The draft would take effect no later than the latest published version. */
    EFFECTIVE_DATE_NOT_AFTER_LATEST,
    /** The draft was made from a version that has since been superseded. */
    STALE_DRAFT
}
