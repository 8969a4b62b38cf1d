package org.atoll.incident.domain;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
