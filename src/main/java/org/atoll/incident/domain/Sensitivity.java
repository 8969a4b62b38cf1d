package org.atoll.incident.domain;

public enum Sensitivity {
    OFFICIAL, SENSITIVE, SECRET
}
