package org.atoll.movement;

/** Published after a crossing is recorded (statistics, manifest reconciliation, incidents). */
public record MovementRecorded(Movement movement) {
}
