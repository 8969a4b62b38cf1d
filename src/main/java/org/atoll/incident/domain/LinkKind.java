package org.atoll.incident.domain;

/** What an incident or intelligence report can be linked to; other modules' records are linked by id only. */
public enum LinkKind {
    PERSON, TRAVELLER, DOCUMENT, ALERT, INSPECTION, VISA, MANIFEST, FLIGHT, VESSEL, SEIZED_ITEM, INCIDENT, MOVEMENT
}
