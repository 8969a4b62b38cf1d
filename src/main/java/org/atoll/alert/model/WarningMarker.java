package org.atoll.alert.model;

/** Officer-safety markers shown with a hit. */
public enum WarningMarker {
    ARMED, VIOLENT, HEALTH_RISK, ESCAPE_RISK, SELF_HARM_RISK, DRUGS
}
