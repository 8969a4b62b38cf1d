/**
 * The movement record's rules in plain Java: matching a person across documents, deriving stays
 * from entry and exit pairs, counting days over a permitted date, and rolling-window limits
 * (90 days in any 180). No Spring and no persistence here; {@code movement.internal} stores what
 * these rules decide.
 */
package org.atoll.movement.domain;
