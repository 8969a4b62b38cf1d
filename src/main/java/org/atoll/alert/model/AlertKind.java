package org.atoll.alert.model;

/** A person alert is screened by name; a document alert by exact issuing state and number (like Interpol's SLTD). */
public enum AlertKind {
    PERSON, DOCUMENT
}
