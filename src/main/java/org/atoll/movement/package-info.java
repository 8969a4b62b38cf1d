/**
 * The movement record: every crossing of the border (entry and exit, air and sea, passenger and
 * crew), the stays derived from entry and exit pairs, permitted-until dates kept current by
 * extensions and visa changes, overstays and expected departures, and a traveller followed across
 * documents (merges explicit and audited). It implements the regulation module's
 * {@link org.atoll.regulation.ArrivalHistory} for rolling-window limits and the impact preview.
 * It records what the border decided and never decides entry itself; it never joins two people
 * on anything weaker than names, date of birth and nationality (anything else is a supervisor's
 * audited merge). The stay rules are plain Java in {@code movement.domain}, since stays, days
 * over and rolling windows are rules worth testing without a database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"regulation", "document", "reference", "access", "audit"})
package org.atoll.movement;
