/**
 * The movement record: every crossing of the border (entry and exit, air and sea, passenger and
 * crew), the stays derived from entry and exit pairs, permitted-until dates kept current by
 * extensions and visa changes, overstays and expected departures, and a traveller followed across
 * documents (merges explicit and audited). It implements the regulation module's
 * {@link org.atoll.regulation.ArrivalHistory} for rolling-window limits and the impact preview.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"regulation", "document", "reference", "access", "audit"})
package org.atoll.movement;
