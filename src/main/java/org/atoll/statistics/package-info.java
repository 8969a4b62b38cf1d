/**
 * Statistics: counts of what the border recorded, for the planning and tourism offices. It keeps
 * its own table of crossings stripped of everything that identifies a traveller (no name, document,
 * date of birth, flight or time of day), fed by the movement module's {@code MovementRecorded} and
 * rebuilt from the movement record on demand, and publishes only aggregates, with small counts
 * suppressed. It reads the modules above it and never writes to them, and no personal data ever
 * leaves it. The rules (age bands, the disclosure threshold, the fact a crossing becomes) are plain
 * Java in {@code statistics.domain}; the counting itself is SQL.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"movement", "document", "reference", "access", "audit"})
package org.atoll.statistics;
