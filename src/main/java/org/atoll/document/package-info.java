/**
 * Travel documents as ICAO Doc 9303 machine readable zones: reading, validating and generating
 * MRZs (TD1, TD2, TD3, MRV-A, MRV-B), and the value objects other modules use for what a
 * document says (document number, name, partial date, sex), including 9303 transliteration.
 * <p>
 * It judges syntax and check digits, known codes and expiry as three separate verdicts and never
 * decides anything about the traveller; it keeps no state and must never store a reading. The
 * parsing is plain Java with no Spring so that it can be tested and benchmarked on its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"reference", "access"})
package org.atoll.document;
