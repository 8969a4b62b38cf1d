package org.atoll.regulation;

/** Why a traveller comes; visa types and regimes say which purposes they cover. */
public enum Purpose {
    TOURISM,
    BUSINESS,
    TRANSIT,
    FAMILY,
    EMPLOYMENT,
    STUDY,
    DIPLOMATIC,
    CREW
}
