package org.atoll.reference;

/** What a code in the country list stands for. */
public enum CountryKind {
    STATE, ICAO_SPECIAL, ORGANISATION, STATELESS, REFUGEE, UNSPECIFIED, SPECIMEN
}
